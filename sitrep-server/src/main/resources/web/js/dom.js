// Builds DOM nodes. Text always goes in as text nodes (never as markup): report text and names are
// untrusted, and this is the only way the page puts them on screen.

/**
 * el('li', {class: 'x', data: {eventId: 3}, title: 't', onclick: fn}, 'text', child, ...)
 * Strings and numbers among the children become text nodes; null and false are skipped.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'data') Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    else if (key === 'style') Object.assign(node.style, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Empties a node, then appends the children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A function that runs `fn` once the calls stop for `ms` milliseconds. */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
