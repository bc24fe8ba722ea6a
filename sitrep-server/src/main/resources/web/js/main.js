// Sitrep's web map: wires the map, the filters, the time bar, the event list and the detail panel
// to one state kept in the URL. Every change schedules the requests it needs; a newer request of
// the same kind aborts the older one, so dragging the slider or the map stays responsive.
import { ApiError, apiUrl, download, getJson, isAbort, setToken, token, whenUnauthorized } from './api.js';
import { ReviewPanel } from './review.js';
import { AlertPanel } from './alerts.js';
import { addBaseLayers } from './basemap.js';
import { AreasLayer } from './areas.js';
import { ChartsPanel } from './charts.js';
import { Colours } from './colours.js';
import { ControlLayer } from './control-layer.js';
import { Details } from './details.js';
import { replace } from './dom.js';
import { EventList } from './event-list.js';
import { EventsLayer, viewBox } from './events-layer.js';
import { FilterForm } from './filters.js';
import { Legend } from './legend.js';
import { Live, liveRange } from './live.js';
import { DEFAULTS, FILTERS, eventFilters, readState, stateHash } from './state.js';
import { TimeBar } from './timebar.js';

// no events yet: no war to frame, the whole map
const NOWHERE_YET = [[-50, -150], [70, 150]];
const WORLD = '-180,-85,180,85';
const SLIDER_DELAY_MS = 120;
// changes of the live stream come in bursts (a report's events): one redraw for each burst
const LIVE_DELAY_MS = 300;
const MINUTE_MS = 60000;

class App {
  constructor() {
    this.state = readState(location.hash);
    this.written = null;
    this.controllers = {};
    this.pending = new Set();
    this.timer = null;
    this.scheduled = false;
    this.busyCount = 0;
    this.days = { first: null, last: null, days: [] };
    this.status = document.getElementById('status');
  }

  async start() {
    this.busy(1);
    try {
      await this.build();
    } catch (e) {
      this.fail('the page could not start', e);
    } finally {
      this.busy(-1);
    }
  }

  async build() {
    whenUnauthorized(() => { document.getElementById('token-bar').hidden = false; });
    document.getElementById('token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      setToken(document.getElementById('token-input').value.trim());
      location.reload();
    });
    const colours = await Colours.load();
    this.colours = colours;
    const map = L.map('map', { minZoom: 2, maxZoom: 18, worldCopyJump: true, zoomControl: true });
    this.map = map;
    const layers = L.control.layers(null, null, { position: 'topright' }).addTo(map);
    L.control.scale({ imperial: false, position: 'bottomright' }).addTo(map);
    this.alerts = new AlertPanel((id) => this.select({ event: String(id) }));
    this.live = new Live({
      changed: (kinds) => {
        this.schedule(kinds, LIVE_DELAY_MS);
        this.alerts.changed();
      },
      fresh: () => this.schedule(['markers', 'list'], 0),
    });
    this.events = new EventsLayer(map, colours, {
      event: (id) => this.select({ event: String(id) }),
      cluster: (c) => this.openCluster(c),
      fresh: (id) => this.live.isFresh(id),
    });
    this.control = new ControlLayer(map, colours, (id) => this.select({ place: id, report: '', mark: '' }));
    layers.addOverlay(this.events.group, 'Events');
    layers.addOverlay(this.control.group, 'Control of places');
    this.areas = new AreasLayer(map, colours);
    layers.addOverlay(this.areas.group, 'Areas of control');
    this.list = new EventList(colours, (id) => this.select({ event: String(id) }), (step) => this.turnPage(step),
      (id) => this.live.isFresh(id));
    this.review = new ReviewPanel((id) => this.reviewed(id));
    this.details = new Details(colours, {
      event: (id) => this.select({ event: String(id) }),
      place: (id) => this.select({ place: id, report: '', mark: '' }),
      report: (id, eventId) => this.select({ report: id, mark: String(eventId) }, true),
    }, this.review);
    this.signIn();
    document.addEventListener('keydown', (e) => this.key(e));
    this.filters = new FilterForm(colours, (patch) => this.update(patch));
    this.charts = new ChartsPanel(colours, () => this.schedule(['charts'], 0));
    this.timebar = new TimeBar((patch, immediate) => this.update(patch, immediate ? 0 : SLIDER_DELAY_MS));
    document.getElementById('detail-back').addEventListener('click', () => this.back());
    document.getElementById('in-view').addEventListener('change', (e) => this.update({ inview: e.target.checked ? '1' : '0' }));
    document.getElementById('pin-clear').addEventListener('click', () => this.update({ at: '' }));
    document.getElementById('home').addEventListener('click', (e) => {
      e.preventDefault();
      this.update({ ...DEFAULTS, map: this.state.map });
    });
    ['dl-csv', 'dl-geojson'].forEach((id) => document.getElementById(id).addEventListener('click', (e) => {
      if (!token()) return; // a plain link streams the file; with a token it must go through fetch
      e.preventDefault();
      download(e.currentTarget.href, e.currentTarget.getAttribute('download')).catch((err) => this.fail('download', err));
    }));

    await addBaseLayers(map, layers);
    const [, days] = await Promise.all([this.filters.loadChoices(colours), getJson('/api/event-days')]);
    this.days = liveRange(days);
    this.legend = new Legend(map, colours);
    this.timebar.setRange(this.days);
    await this.control.loadPlaces();
    await this.initialView();
    // a move (animated zoom, drag) is work in progress too: its requests follow on 'moveend'
    map.on('movestart', () => this.moving(true));
    map.on('moveend', () => { this.moving(false); this.moved(); });
    window.addEventListener('hashchange', () => this.followHash());
    this.showState();
    this.writeHash();
    this.schedule(['markers', 'list', 'control', 'days', 'detail'], 0);
    this.live.start();
    // the time bar's today moves on at midnight even when nothing comes in
    setInterval(() => this.schedule(['range'], 0), MINUTE_MS);
  }

  async initialView() {
    const [lat, lon, zoom] = this.state.map.split(',').map(Number);
    if (this.state.map && [lat, lon, zoom].every(Number.isFinite)) {
      this.map.setView([lat, lon], zoom);
      return;
    }
    const all = await getJson('/api/clusters', { zoom: 0, bbox: WORLD });
    if (all.clusters.length === 0) {
      this.map.fitBounds(NOWHERE_YET);
      return;
    }
    const w = Math.min(...all.clusters.map((c) => c.bbox[0]));
    const s = Math.min(...all.clusters.map((c) => c.bbox[1]));
    const e = Math.max(...all.clusters.map((c) => c.bbox[2]));
    const n = Math.max(...all.clusters.map((c) => c.bbox[3]));
    // the legend covers the map's lower left corner: keep the data clear of it (a phone has no room to spare)
    const narrow = this.map.getSize().x < 500;
    this.map.fitBounds([[s, w], [n, e]], { paddingTopLeft: narrow ? [24, 24] : [240, 30], paddingBottomRight: [30, 30], maxZoom: 9 });
  }

  // ---- review

  /** The header's sign-in: a token kept in this tab's session storage only. */
  signIn() {
    const button = document.getElementById('signin');
    button.textContent = token() ? 'Sign out' : 'Sign in';
    button.title = token() ? 'Forget the token in this tab' : 'Give your token (sitrep user add) to review';
    button.addEventListener('click', () => {
      if (token()) {
        setToken(null);
        location.reload();
        return;
      }
      document.getElementById('token-label').textContent = 'Your token:';
      document.getElementById('token-bar').hidden = false;
      document.getElementById('token-input').focus();
    });
  }

  /** A decision was saved: show the event as it is now, and the map and list with it. */
  reviewed(id) {
    this.details.reset();
    this.state = { ...this.state, event: String(id) };
    this.writeHash();
    this.schedule(['markers', 'list', 'days', 'detail'], 0);
  }

  /** The queue's keys, outside form fields: n the next event to review, c confirm, r reject. */
  key(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select')) return;
    if (e.key === 'n') {
      e.preventDefault();
      this.nextInQueue().catch((err) => this.fail('review queue', err));
    } else if ((e.key === 'c' || e.key === 'r') && this.state.event && !this.state.place && !this.state.report) {
      e.preventDefault();
      this.review.decide(e.key === 'c' ? 'confirm' : 'reject');
    }
  }

  async nextInQueue() {
    const q = await getJson('/api/review/queue', { size: 2 });
    const next = q.items.map((i) => i.event).find((ev) => ev && String(ev.id) !== this.state.event);
    if (next) this.select({ event: String(next.id) });
    else replace(this.status, 'Nothing left to review.');
  }

  // ---- state

  /** Applies a change of state and schedules what it affects; `delay` gathers quick changes (slider). */
  update(patch, delay = 0) {
    const before = this.state;
    const next = { ...before, ...patch };
    const filtersChanged = FILTERS.some((k) => next[k] !== before[k]);
    const datesChanged = next.date !== before.date || next.window !== before.window || next.from !== before.from;
    const scopeChanged = next.inview !== before.inview || next.at !== before.at;
    if ((filtersChanged || datesChanged || scopeChanged) && !('page' in patch)) next.page = '1';
    const detailChanged = ['event', 'place', 'report', 'mark'].some((k) => next[k] !== before[k]);
    this.state = next;
    this.writeHash();
    this.showState();
    const kinds = [];
    if (filtersChanged || datesChanged) kinds.push('markers');
    if (filtersChanged || datesChanged || scopeChanged || next.page !== before.page) kinds.push('list');
    if (datesChanged) kinds.push('control');
    if (filtersChanged) kinds.push('days');
    if ((filtersChanged || datesChanged) && this.charts.open) kinds.push('charts');
    if (detailChanged) kinds.push('detail');
    if (next.map !== before.map && patch.map !== undefined) this.applyMapState();
    if (kinds.length) this.schedule(kinds, delay);
  }

  select(patch, keepEvent = false) {
    const base = keepEvent ? {} : { place: '', report: '', mark: '' };
    this.update({ ...base, ...patch });
  }

  back() {
    if (this.state.report) this.update({ report: '', mark: '' });
    else if (this.state.place) this.update({ place: '' });
    else this.update({ event: '' });
  }

  turnPage(step) {
    this.update({ page: String(Math.max(1, Number(this.state.page) + step)) });
  }

  moved() {
    const c = this.map.getCenter();
    const map = `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${this.map.getZoom()}`;
    if (map === this.state.map) return;
    this.state = { ...this.state, map, page: this.state.inview === '1' && !this.state.at ? '1' : this.state.page };
    this.writeHash();
    this.showDownloads();
    this.schedule(this.state.inview === '1' && !this.state.at ? ['markers', 'list'] : ['markers'], 0);
  }

  openCluster(c) {
    const [w, s, e, n] = c.bbox;
    const zoom = this.map.getZoom();
    if ((w === e && s === n) || zoom >= this.map.getMaxZoom() - 1) {
      const d = 1e-5;
      this.update({ at: [w - d, s - d, e + d, n + d].map((v) => v.toFixed(6)).join(','), event: '', place: '', report: '', mark: '' });
    } else {
      this.map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: Math.min(this.map.getMaxZoom(), zoom + 4) });
    }
  }

  /** The URL was changed by hand (a pasted link): follow it. */
  followHash() {
    if (location.hash === this.written) return;
    const next = readState(location.hash);
    const mapMoved = next.map !== this.state.map;
    this.state = next;
    this.written = location.hash;
    this.showState();
    if (mapMoved) this.applyMapState();
    this.schedule(['markers', 'list', 'control', 'days', 'detail', 'charts'], 0);
  }

  applyMapState() {
    const [lat, lon, zoom] = this.state.map.split(',').map(Number);
    if ([lat, lon, zoom].every(Number.isFinite)) this.map.setView([lat, lon], zoom);
  }

  writeHash() {
    const hash = stateHash(this.state);
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
    this.written = location.hash;
  }

  /** Puts the state into the form fields, the time bar and the panels. */
  showState() {
    const s = this.state;
    this.filters.show(s);
    this.timebar.show(s.date, s.window, s.from);
    document.getElementById('in-view').checked = s.inview === '1';
    document.getElementById('pin').hidden = !s.at;
    document.getElementById('pin-text').textContent = s.at ? 'The events of one cluster' : '';
    const detail = !!(s.event || s.place || s.report);
    document.getElementById('detail-panel').hidden = !detail;
    document.getElementById('list-panel').hidden = detail;
    this.showDownloads();
  }

  /** The list's (and the downloads') selection: the filters, the date window, and the view or a pin. */
  selection() {
    const p = eventFilters(this.state);
    if (this.state.at) p.bbox = this.state.at;
    else if (this.state.inview === '1' && this.map) p.bbox = viewBox(this.map);
    return p;
  }

  showDownloads() {
    if (!this.map) return;
    const p = this.selection();
    document.getElementById('dl-csv').href = apiUrl('/api/export', { format: 'acled-csv', ...p });
    document.getElementById('dl-geojson').href = apiUrl('/api/export', { format: 'geojson', ...p });
  }

  controlDate() {
    return this.state.date || this.days.last || '9999-12-31';
  }

  // ---- requests

  schedule(kinds, delay) {
    kinds.forEach((k) => this.pending.add(k));
    clearTimeout(this.timer);
    if (!this.scheduled) {
      this.scheduled = true;
      this.busy(1);
    }
    this.timer = setTimeout(() => {
      this.scheduled = false;
      const due = [...this.pending];
      this.pending.clear();
      due.forEach((k) => this.run(k));
      this.busy(-1);
    }, delay);
  }

  run(kind) {
    if (this.controllers[kind]) this.controllers[kind].abort();
    const controller = new AbortController();
    this.controllers[kind] = controller;
    this.busy(1);
    this.task(kind, controller.signal)
      .catch((e) => { if (!isAbort(e)) this.fail(kind, e); })
      .finally(() => this.busy(-1));
  }

  async task(kind, signal) {
    const s = this.state;
    switch (kind) {
      case 'markers': {
        const view = await this.events.refresh(eventFilters(s), signal);
        this.filters.clearRefusals(); // the filters were accepted (the control map's answer says nothing of them)
        this.events.select(s.event || null);
        this.mapCount = view.total;
        break;
      }
      case 'list':
        await this.list.load(this.selection(), Number(s.page) || 1, signal);
        this.list.select(s.event || null);
        break;
      case 'control': {
        const [held] = await Promise.all([this.control.show(this.controlDate(), signal),
          this.areas.show(this.controlDate(), signal)]);
        this.held = held.size;
        this.legend.seen([...held.values()].flatMap((h) => (h.contested ? h.claimed_sides || [] : [h.side])));
        break;
      }
      case 'days': {
        const { from, to, ...filters } = eventFilters(s);
        this.timebar.setCounts(await getJson('/api/event-days', filters, signal));
        break;
      }
      case 'charts':
        await this.charts.load(eventFilters(s), signal);
        break;
      case 'detail':
        await this.showDetail(signal);
        break;
      case 'range':
        await this.followRange(signal);
        break;
      case 'places': // a change of control came in: the place may be new to the map
        await this.control.loadPlaces(signal);
        this.control.select(s.place || null);
        this.schedule(['control'], 0);
        break;
      default:
        throw new Error('unknown task ' + kind);
    }
    this.showStatus();
  }

  /** The days the store covers grew (the live stream, or midnight): the time bar follows its last day. */
  async followRange(signal) {
    const last = this.days.last;
    this.days = liveRange(await getJson('/api/event-days', {}, signal));
    this.timebar.setRange(this.days);
    this.timebar.show(this.state.date, this.state.window, this.state.from);
    this.timebar.draw();
    if (!this.state.date && this.days.last !== last) this.schedule(['control'], 0);
  }

  async showDetail(signal) {
    const s = this.state;
    this.events.select(s.event || null);
    this.list.select(s.event || null);
    this.control.select(s.place || null);
    if (s.report) {
      await this.details.showReport(s.report, s.mark);
    } else if (s.place) {
      await this.details.showPlace(s.place, this.days.last, signal);
    } else if (s.event) {
      const e = await this.details.showEvent(s.event, signal);
      const loc = e.location;
      if (loc && loc.latitude !== null && !this.map.getBounds().contains([loc.latitude, loc.longitude])) {
        this.map.panTo([loc.latitude, loc.longitude]);
      }
    }
  }

  showStatus() {
    const parts = [];
    if (this.mapCount !== undefined) parts.push(`${this.mapCount} events on the map`);
    if (this.held !== undefined) parts.push(`${this.held} places held on ${this.controlDate()}`);
    this.status.textContent = parts.join(' · ');
    this.status.classList.remove('error');
  }

  fail(what, e) {
    console.warn('sitrep:', what, e); // eslint-disable-line no-console
    replace(this.status, `${what}: ${e.message || e}`);
    this.status.classList.add('error');
    if (e instanceof ApiError && e.status === 400) this.filters.showRefusal(e.message);
  }

  moving(on) {
    if (on !== !!this.inMotion) {
      this.inMotion = on;
      this.busy(on ? 1 : -1);
    }
  }

  busy(delta) {
    this.busyCount += delta;
    document.body.dataset.busy = String(this.busyCount);
  }
}

window.sitrep = new App();
window.sitrep.start();
