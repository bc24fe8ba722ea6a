// The review panel of an event card: confirm, reject, or correct fields (type, date, actors, place
// by gazetteer search or coordinates, fatalities) with a reason, and the event's history below.
// Decisions need a signed-in analyst's token; the server checks every value again.
import { getJson, postJson, token } from './api.js';
import { el, replace } from './dom.js';

const PRECISIONS = ['day', 'week', 'month', 'year'];
const STATUS_LABEL = {
  extracted: 'not reviewed yet',
  confirmed: 'confirmed',
  corrected: 'corrected',
  rejected: 'rejected',
  merged: 'merged into another event',
  needs_review: 'reviewed, but the machine now reads it otherwise: look again',
};

function describe(fields) {
  if (!fields) return '';
  const place = fields.place ? [fields.place.name, fields.place.admin1].filter(Boolean).join(', ')
    + (fields.place.latitude !== null && fields.place.latitude !== undefined
      ? ` (${fields.place.latitude.toFixed(4)}, ${fields.place.longitude.toFixed(4)})` : '') : 'no place';
  const actors = [fields.actor1, fields.actor2].filter(Boolean).map((a) => a.name).join(' vs ');
  return [fields.sub_type || fields.type, fields.date || 'undated', place, actors,
    fields.fatalities !== null && fields.fatalities !== undefined ? `${fields.fatalities} killed` : null]
    .filter(Boolean).join(' · ');
}

export class ReviewPanel {
  /** `changed(id)`: called after a decision, with the id the card should show next. */
  constructor(changed) {
    this.changed = changed;
    this.types = fetch('/acled-types.json').then((r) => r.json()).then((d) => d.types);
    this.current = null;
  }

  /** The panel of an event (as /api/events/{id} gives it). */
  render(e) {
    this.current = e;
    const signedIn = !!token();
    const message = el('div', { class: 'review-message', role: 'status' });
    const reason = el('input', { id: 'review-reason', placeholder: 'why (kept in the history)', size: 30 });
    const form = el('form', { id: 'review-form', hidden: true });
    const history = el('ol', { id: 'history', class: 'history' }, el('li', { class: 'muted' }, 'loading…'));
    this.message = message;
    this.reason = reason;
    this.form = form;
    const button = (text, id, title, onClick) => el('button', { type: 'button', id, title, disabled: !signedIn,
      onclick: onClick }, text);
    const section = el('section', { id: 'review-panel', class: `review status-${e.status}` },
      el('h3', {}, 'Review'),
      el('div', { class: 'review-status', id: 'review-status' },
        el('span', { class: `badge status-${e.status}` }, e.status.replace('_', ' ')), ' ',
        STATUS_LABEL[e.status] || e.status,
        e.reviewer ? ` · by ${e.reviewer}` : '',
        e.corrections ? ` · ${e.corrections} correction${e.corrections === 1 ? '' : 's'}` : ''),
      e.pending ? el('div', { class: 'pending' }, 'The machine now reads: ', describe(e.pending)) : null,
      signedIn ? null : el('div', { class: 'muted' }, 'Sign in (top right) to review.'),
      el('div', { class: 'review-actions' },
        button('✓ Confirm', 'review-confirm', 'Confirm as shown (key c)', () => this.decide('confirm')),
        button('✗ Reject', 'review-reject', 'Not an event (key r)', () => this.decide('reject')),
        button('✎ Edit', 'review-edit', 'Correct fields', () => this.openForm()),
        reason),
      form, message,
      el('h3', {}, 'History'),
      history);
    this.loadHistory(e.id, history);
    return section;
  }

  async loadHistory(id, list) {
    try {
      const h = await getJson(`/api/events/${encodeURIComponent(id)}/history`);
      replace(list, h.revisions.map((r) => el('li', { class: `revision ${r.action}`, data: { action: r.action } },
        el('div', { class: 'meta' }, el('strong', {}, r.action), ' · ', r.author,
          r.at ? ` · ${r.at.replace('T', ' ').replace(/\..*$/, '').replace('Z', '')} UTC` : ' · now',
          r.extractor_version ? ` · ${r.extractor_version}` : ''),
        r.before && r.action !== 'extracted' ? el('div', { class: 'before' }, 'before: ', describe(r.before)) : null,
        el('div', { class: 'after' }, r.action === 'extracted' ? 'read: ' : 'after: ', describe(r.after)),
        r.reason ? el('div', { class: 'reason' }, '“', r.reason, '”') : null)));
    } catch (err) {
      replace(list, el('li', { class: 'muted' }, 'history unavailable: ' + err.message));
    }
  }

  async openForm() {
    const e = this.current;
    const types = await this.types;
    const sub = el('select', { name: 'sub_type', id: 'review-sub-type' },
      Object.entries(types).map(([type, subs]) => el('optgroup', { label: type },
        subs.map((s) => el('option', { value: s, selected: s === e.sub_event_type }, s)))));
    // text, not type=date: the day reads YYYY-MM-DD whatever the browser's locale
    const date = el('input', { type: 'text', name: 'date', id: 'review-date', value: e.date || '', placeholder: 'YYYY-MM-DD',
      inputmode: 'numeric', pattern: '[0-9]{4}-[0-9]{2}-[0-9]{2}', maxlength: 10, size: 10, 'aria-label': 'Date, YYYY-MM-DD' });
    const precision = el('select', { name: 'date_precision', id: 'review-precision' },
      PRECISIONS.map((p) => el('option', { value: p, selected: p === (e.date_precision || 'day') }, p)));
    const actor1 = el('input', { name: 'actor1', id: 'review-actor1', list: 'actor-names', value: e.actor1 ? e.actor1.name : '' });
    const actor2 = el('input', { name: 'actor2', id: 'review-actor2', list: 'actor-names', value: e.actor2 ? e.actor2.name : '' });
    const fatalities = el('input', { type: 'number', min: 0, step: 1, name: 'fatalities', id: 'review-fatalities',
      value: e.fatalities.low });
    const loc = e.location || {};
    const placeName = el('input', { id: 'review-place-name', value: loc.name || '', placeholder: 'search the gazetteer' });
    const admin1 = el('input', { id: 'review-admin1', value: loc.admin1 || '', size: 12 });
    const lat = el('input', { id: 'review-lat', type: 'number', step: 'any', value: loc.latitude ?? '', size: 9 });
    const lon = el('input', { id: 'review-lon', type: 'number', step: 'any', value: loc.longitude ?? '', size: 9 });
    const found = el('ul', { id: 'place-results', class: 'place-results' });
    const search = el('button', { type: 'button', id: 'review-place-search', onclick: async () => {
      replace(found, el('li', { class: 'muted' }, 'searching…'));
      try {
        const r = await getJson('/api/gazetteer', { q: placeName.value.trim(), size: 8 });
        replace(found, r.places.length ? r.places.map((p) => el('li', {},
          el('button', { type: 'button', class: 'link', onclick: () => {
            placeName.value = p.name;
            admin1.value = p.admin1 || '';
            lat.value = p.latitude;
            lon.value = p.longitude;
            replace(found);
          } }, `${p.name}${p.admin1 ? ', ' + p.admin1 : ''} (${p.country}, ${p.latitude.toFixed(3)}, ${p.longitude.toFixed(3)})`)))
          : el('li', { class: 'muted' }, 'no place of that name: give coordinates'));
      } catch (err) {
        replace(found, el('li', { class: 'muted' }, err.message));
      }
    } }, 'Search');
    const row = (label, ...fields) => el('label', { class: 'row' }, el('span', {}, label), ...fields);
    replace(this.form,
      row('Sub-type', sub), row('Date', date, precision), row('Actor 1', actor1), row('Actor 2', actor2),
      row('Killed', fatalities), row('Place', placeName, search), found, row('Admin1', admin1),
      row('Lat, lon', lat, lon),
      el('div', {}, el('button', { type: 'submit', id: 'review-save' }, 'Save correction'), ' ',
        el('button', { type: 'button', onclick: () => { this.form.hidden = true; } }, 'Cancel')));
    this.form.onsubmit = (ev) => {
      ev.preventDefault();
      const changes = {};
      if (sub.value !== e.sub_event_type) changes.sub_type = sub.value;
      if (date.value && date.value !== e.date) changes.date = date.value;
      if (precision.value !== (e.date_precision || 'day')) changes.date_precision = precision.value;
      if (actor1.value.trim() !== (e.actor1 ? e.actor1.name : '')) changes.actor1 = actor1.value.trim();
      if (actor2.value.trim() !== (e.actor2 ? e.actor2.name : '')) changes.actor2 = actor2.value.trim();
      if (Number(fatalities.value) !== e.fatalities.low) changes.fatalities = Number(fatalities.value);
      const moved = placeName.value.trim() !== (loc.name || '') || admin1.value.trim() !== (loc.admin1 || '')
        || String(lat.value) !== String(loc.latitude ?? '') || String(lon.value) !== String(loc.longitude ?? '');
      if (moved) {
        changes.place = { name: placeName.value.trim() || null, admin1: admin1.value.trim() || null,
          latitude: lat.value === '' ? null : Number(lat.value), longitude: lon.value === '' ? null : Number(lon.value) };
      }
      if (Object.keys(changes).length === 0) {
        this.say('Nothing changed.');
        return;
      }
      this.decide('correct', changes);
    };
    this.form.hidden = false;
    sub.focus();
  }

  /** Sends a decision on the open event (the keyboard's c and r come here too). */
  async decide(action, changes) {
    const e = this.current;
    if (!e) return;
    if (!token()) {
      this.say('Sign in to review.');
      return;
    }
    const body = { action, reason: this.reason && this.reason.value.trim() ? this.reason.value.trim() : undefined };
    if (changes) body.changes = changes;
    try {
      const answer = await postJson(`/api/events/${encodeURIComponent(e.id)}/review`, body);
      this.changed(answer.id);
    } catch (err) {
      this.say(`${action}: ${err.message}`);
    }
  }

  say(text) {
    if (this.message) this.message.textContent = text;
  }
}
