// Events on the map: the server gathers the view's events into grid cells (/api/clusters), so the
// page draws a few hundred markers whatever the store holds. A cell with one event is a dot
// coloured by its type; a cell with more is a ring showing its mix of types, with the count.
import { getJson } from './api.js';
import { el } from './dom.js';

/**
 * The view's bounds as W,S,E,N, widened by `pad` each way (the markers take 0.25: panning a little
 * needs no new request), within the longitudes and the latitudes Web Mercator shows.
 */
export function viewBox(map, pad = 0) {
  const b = map.getBounds().pad(pad);
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const r = (v) => Math.round(v * 1e5) / 1e5;
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -85, 85),
    clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -85, 85)].map(r).join(',');
}

/**
 * A dot's diameter in pixels: 10 for an event with no one killed, growing with the logarithm of
 * its fatalities (so a massacre stands out without a single event covering a town), at most 36.
 */
export function dotDiameter(fatalities) {
  const n = Math.max(0, Number(fatalities) || 0);
  return Math.min(36, Math.round(10 + 4 * Math.log2(1 + n)));
}

function shortCount(n) {
  if (n >= 1e6) return (n / 1e6).toFixed(n >= 1e7 ? 0 : 1) + 'M';
  if (n >= 1e3) return (n / 1e3).toFixed(n >= 1e4 ? 0 : 1) + 'k';
  return String(n);
}

export class EventsLayer {
  constructor(map, colours, handlers) {
    this.map = map;
    this.colours = colours;
    this.handlers = handlers; // {event(id), cluster(cluster), fresh(id): new since the user last looked}
    this.group = L.layerGroup().addTo(map);
    this.selected = null;
    this.total = 0;
  }

  async refresh(filters, signal) {
    const view = await getJson('/api/clusters',
      { ...filters, bbox: viewBox(this.map, 0.25), zoom: Math.round(this.map.getZoom()) }, signal);
    this.render(view);
    return view;
  }

  render(view) {
    this.group.clearLayers();
    this.total = view.total;
    for (const c of view.clusters) {
      const marker = c.event ? this.dot(c) : this.ring(c);
      marker.addTo(this.group);
    }
  }

  dot(c) {
    const e = c.event;
    const title = [e.date || 'date unknown', e.sub_event_type || e.event_type, e.place].filter(Boolean).join(' · ')
      + (e.fatalities ? ` · ${e.fatalities} killed` : '');
    const reviewed = e.status && e.status !== 'extracted';
    const d = dotDiameter(e.fatalities);
    const node = el('div', {
      class: 'ev-dot' + (reviewed ? ' reviewed' : ' unreviewed'), title: title + (reviewed ? ` · ${e.status}` : ''),
      data: { eventId: e.id, type: e.event_type, status: e.status || 'extracted', fatalities: e.fatalities || 0 },
      style: { background: this.colours.type(e.event_type), width: d + 'px', height: d + 'px' },
    });
    const icon = L.divIcon({
      className: 'ev-marker' + (String(e.id) === String(this.selected) ? ' selected' : '')
        + (this.handlers.fresh(e.id) ? ' fresh' : ''),
      html: node, iconSize: [d + 4, d + 4],
    });
    const marker = L.marker([c.latitude, c.longitude], { icon, keyboard: false, riseOnHover: true });
    marker.on('click', () => this.handlers.event(e.id));
    return marker;
  }

  ring(c) {
    const size = 26 + 6 * Math.min(4, Math.floor(Math.log10(c.count)));
    let at = 0;
    const stops = Object.entries(c.types).map(([type, n]) => {
      const from = at;
      at += (n / c.count) * 100;
      return `${this.colours.type(type)} ${from.toFixed(1)}% ${at.toFixed(1)}%`;
    });
    const title = `${c.count} events: ` + Object.entries(c.types).map(([t, n]) => `${n} ${t}`).join(', ');
    const node = el('div', {
      class: 'ev-ring', title, data: { count: c.count },
      style: { background: `conic-gradient(${stops.join(', ')})` },
    }, el('span', {}, shortCount(c.count)));
    const icon = L.divIcon({ className: 'ev-cluster', html: node, iconSize: [size, size] });
    const marker = L.marker([c.latitude, c.longitude], { icon, keyboard: false });
    marker.on('click', () => this.handlers.cluster(c));
    return marker;
  }

  select(id) {
    this.selected = id;
    this.group.eachLayer((m) => {
      const node = m.getElement && m.getElement();
      if (!node || !node.classList.contains('ev-marker')) return;
      const dot = node.querySelector('.ev-dot');
      node.classList.toggle('selected', !!dot && id !== null && dot.dataset.eventId === String(id));
    });
  }
}
