// Report text with parts highlighted, built from text nodes and <mark> elements only.

/**
 * A fragment showing `text` with each span {start, end, className, title, data, focus} marked.
 * Overlapping spans are split at every boundary: a piece inside several spans is one <mark>
 * carrying the first span's look and every span's data (ids joined with spaces).
 */
export function highlighted(text, spans) {
  const fragment = document.createDocumentFragment();
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  valid.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      fragment.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece;
    const first = covering[0];
    if (first.className) mark.className = first.className;
    if (covering.some((s) => s.focus)) mark.classList.add('focus');
    if (first.title) mark.title = covering.map((s) => s.title).filter(Boolean).join('\n');
    const data = {};
    covering.forEach((s) => Object.entries(s.data || {}).forEach(([k, v]) => {
      data[k] = data[k] ? data[k] + ' ' + v : String(v);
    }));
    Object.entries(data).forEach(([k, v]) => { mark.dataset[k] = v; });
    if (first.colour) mark.style.setProperty('--type-colour', first.colour);
    fragment.appendChild(mark);
  }
  return fragment;
}

/**
 * The paragraph around [start, end) of `text` (paragraphs are separated by blank lines), cut to
 * about `max` characters around the span when longer: {text, start, end} relative to the excerpt.
 */
export function excerpt(text, start, end, max = 1200) {
  let from = text.lastIndexOf('\n\n', start);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf('\n\n', end);
  to = to < 0 ? text.length : to;
  let prefix = '';
  let suffix = '';
  if (to - from > max) {
    const room = Math.max(0, Math.floor((max - (end - start)) / 2));
    if (start - from > room) { from = start - room; prefix = '…'; }
    if (to - end > room) { to = end + room; suffix = '…'; }
  }
  return {
    text: prefix + text.slice(from, to) + suffix,
    start: start - from + prefix.length,
    end: end - from + prefix.length,
  };
}
