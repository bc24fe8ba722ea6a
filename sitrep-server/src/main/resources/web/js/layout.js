// The page's layout on small screens: the map first, the header's filters and downloads behind a
// "Filters" button, the legend behind a "Legend" button, the list and the event card in a bottom
// sheet that a handle makes taller. On a desktop the same elements sit side by side and these
// buttons are hidden (app.css). The map is
// told whenever its box changes size, so Leaflet draws the whole of it.

function toggler(button, bodyClass, labels) {
  const set = (open) => {
    document.body.classList.toggle(bodyClass, open);
    button.setAttribute('aria-expanded', String(open));
    if (labels) button.setAttribute('aria-label', open ? labels[1] : labels[0]);
  };
  button.addEventListener('click', () => set(!document.body.classList.contains(bodyClass)));
  return set;
}

function start() {
  toggler(document.getElementById('filters-toggle'), 'tools-open');
  toggler(document.getElementById('legend-toggle'), 'legend-open');
  const sheet = toggler(document.getElementById('sheet-toggle'), 'sheet-open',
    ['Show more of the list', 'Show more of the map']);
  // an opened event or place wants room: the sheet grows; back to the list, it shrinks again
  const detail = document.getElementById('detail-panel');
  new MutationObserver(() => sheet(!detail.hidden)).observe(detail, { attributes: true, attributeFilter: ['hidden'] });
  // the list's events open with the keyboard as with a click: each is a tab stop, Enter opens it
  const list = document.getElementById('event-list');
  const focusable = () => {
    for (const li of list.querySelectorAll('li[data-event-id]:not([tabindex])')) {
      li.tabIndex = 0;
      li.setAttribute('role', 'button');
    }
  };
  new MutationObserver(focusable).observe(list, { childList: true });
  list.addEventListener('keydown', (e) => {
    const li = e.target.closest('li[data-event-id]');
    if (li && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      li.click();
    }
  });
  const mapBox = document.getElementById('map');
  new ResizeObserver(() => {
    const app = window.sitrep;
    if (app && app.map) app.map.invalidateSize({ pan: false });
  }).observe(mapBox);
}

start();
