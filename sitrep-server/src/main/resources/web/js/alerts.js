// The alert list of a signed-in user: the alerts their watch lists sent (a click opens the event),
// what they watch (removable), and a form to watch a place or an actor, as `sitrep alert add` does.
import { deleteWith, getJson, postJson, token } from './api.js';
import { el, replace } from './dom.js';

// the server matches and posts an alert shortly after the change is announced
const AFTER_CHANGE_MS = 1500;

export class AlertPanel {
  constructor(onEvent) {
    this.onEvent = onEvent;
    const [button, panel, recent, rules, error] = ['alerts-button', 'alerts-panel', 'alert-recent', 'alert-rules',
      'alert-error'].map((id) => document.getElementById(id));
    Object.assign(this, { button, panel, recent, rules, error });
    this.button.hidden = !token();
    this.button.addEventListener('click', () => this.toggle());
    document.getElementById('alert-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.add().catch((err) => { this.error.textContent = err.message; });
    });
  }

  toggle() {
    this.panel.hidden = !this.panel.hidden;
    if (!this.panel.hidden) this.refresh();
  }

  /** The live stream announced a change: an alert may have been sent for it. */
  changed() {
    if (this.panel.hidden) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), AFTER_CHANGE_MS);
  }

  async refresh() {
    try {
      this.show(await getJson('/api/alerts'));
      this.error.textContent = '';
    } catch (e) {
      this.error.textContent = e.message;
    }
  }

  show(alerts) {
    replace(this.recent, alerts.recent.length === 0 ? el('li', {}, 'No alert sent yet.') : alerts.recent.map((a) => el('li', {
      class: a.status, data: { eventId: a.event_id, status: a.status },
      title: a.last_error ? `${a.status}: ${a.last_error}` : a.status,
      onclick: () => this.onEvent(a.event_id),
    }, `${a.created_at.slice(0, 16).replace('T', ' ')} · event ${a.event_id} · ${a.status}`
      + (a.attempts > 1 ? ` after ${a.attempts} attempts` : ''))));
    replace(this.rules, alerts.rules.map((r) => el('li', { data: { alertId: r.id } },
      el('span', { title: r.webhook }, r.watches),
      el('button', { type: 'button', title: 'Stop watching', onclick: () => this.remove(r.id) }, '✕'))));
  }

  async add() {
    const value = (id) => document.getElementById(id).value.trim();
    const body = { webhook: value('alert-webhook'), changes_of_control: document.getElementById('alert-control').checked };
    if (value('alert-place')) body.place = value('alert-place');
    if (value('alert-actor')) body.actor = value('alert-actor');
    if (value('alert-deaths')) body.min_deaths = Number(value('alert-deaths'));
    await postJson('/api/alerts', body);
    document.getElementById('alert-form').reset();
    await this.refresh();
  }

  async remove(id) {
    await deleteWith('/api/alerts/' + id);
    await this.refresh();
  }
}
