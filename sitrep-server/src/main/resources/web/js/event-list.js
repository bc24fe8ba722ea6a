// The event list beside the map: the events of the map's view (or of all places) matching the
// filters, a page at a time from /api/events, in date order.
import { getJson } from './api.js';
import { el, replace } from './dom.js';

export const PAGE_SIZE = 50;

export function actorNames(e) {
  return [e.actor1, e.actor2].filter(Boolean).map((a) => a.name).join(' vs ');
}

export function dateLabel(e) {
  if (e.date) return e.date_precision && e.date_precision !== 'day' ? `${e.date} (${e.date_precision})` : e.date;
  return e.month_day ? `${e.month_day.replace(/^--/, '')}, year unknown` : 'date unknown';
}

export class EventList {
  constructor(colours, onSelect, onPage, isFresh = () => false) {
    this.colours = colours;
    this.isFresh = isFresh; // new since the user last looked
    this.onSelect = onSelect;
    this.list = document.getElementById('event-list');
    this.count = document.getElementById('list-count');
    this.info = document.getElementById('page-info');
    this.prev = document.getElementById('page-prev');
    this.next = document.getElementById('page-next');
    this.prev.addEventListener('click', () => onPage(-1));
    this.next.addEventListener('click', () => onPage(1));
    this.selected = null;
  }

  async load(params, page, signal) {
    const answer = await getJson('/api/events', { ...params, page, size: PAGE_SIZE }, signal);
    this.render(answer);
    return answer;
  }

  render(answer) {
    const from = answer.total === 0 ? 0 : (answer.page - 1) * answer.size + 1;
    const to = Math.min(answer.total, answer.page * answer.size);
    this.count.textContent = `${answer.total} event${answer.total === 1 ? '' : 's'}`;
    this.info.textContent = answer.total === 0 ? '' : `${from}–${to} of ${answer.total}`;
    this.prev.disabled = answer.page <= 1;
    this.next.disabled = answer.page >= answer.pages;
    if (answer.items.length === 0) {
      replace(this.list, el('li', { class: 'empty' }, 'No event matches here. Zoom out, untick "in view" or clear filters.'));
      return;
    }
    replace(this.list, answer.items.map((e) => this.item(e)));
    this.select(this.selected);
  }

  item(e) {
    const place = e.location ? [e.location.name, e.location.admin1].filter(Boolean).join(', ') : 'place unknown';
    const killed = e.fatalities.high > 0
      ? (e.fatalities.conflicting ? ` · ${e.fatalities.low}–${e.fatalities.high} killed` : ` · ${e.fatalities.low} killed`)
      : '';
    const sources = e.sources.length ? ` · ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}` : '';
    const reviewed = e.status && e.status !== 'extracted';
    const fresh = this.isFresh(e.id);
    return el('li', { class: `status-${e.status}${reviewed ? ' reviewed' : ''}${fresh ? ' fresh' : ''}`,
      data: { eventId: e.id, type: e.event_type, status: e.status }, onclick: () => this.onSelect(e.id) },
      el('div', { class: 'when' }, fresh ? el('span', { class: 'badge new', title: 'New since you last looked' }, 'new') : null,
        dateLabel(e), killed, sources,
        reviewed ? el('span', { class: `badge status-${e.status}`, title: `${e.status} by ${e.reviewer}` },
          e.status.replace('_', ' ')) : null),
      el('div', { class: 'what' },
        el('span', { class: 'swatch', style: { background: this.colours.type(e.event_type) } }),
        e.sub_event_type || e.event_type),
      el('div', { class: 'where' }, place),
      el('div', { class: 'who' }, actorNames(e)));
  }

  select(id) {
    this.selected = id;
    for (const li of this.list.children) {
      li.classList.toggle('selected', id !== null && li.dataset.eventId === String(id));
    }
  }
}
