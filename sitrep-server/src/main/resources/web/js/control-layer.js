// Places coloured by the side that holds them on the slider's date (/api/control): a square per
// place whose control changed, white until its first reported change, striped when sources
// disagree on who holds it. Control is the map's main layer: its pane lies above the events' markers
// (which never hide a held place), each square can be reached with Tab and opened with Enter, and
// its name shows beside it once the map is zoomed in.
import { getJson } from './api.js';
import { el } from './dom.js';

/** A day after any data: the control map on it holds every place with a dated change. */
const EVERY_PLACE = '9999-12-31';
/** From this zoom on, every place's name is written beside its square. */
const NAMES_ZOOM = 9;
/** How far apart, in pixels, the squares of places at one point are drawn. */
const SPREAD_PX = 20;

export class ControlLayer {
  constructor(map, colours, onSelect) {
    this.colours = colours;
    this.onSelect = onSelect;
    // above the marker pane (600), below tooltips (650): event markers pass under the places
    map.createPane('places').style.zIndex = 620;
    this.group = L.layerGroup().addTo(map);
    const names = () => map.getContainer().classList.toggle('place-names', map.getZoom() >= NAMES_ZOOM);
    map.on('zoomend', names);
    names();
    this.places = new Map(); // place id -> {marker, box, name}
    this.selected = null;
  }

  async loadPlaces(signal) {
    const all = await getJson('/api/control', { date: EVERY_PLACE }, signal);
    this.group.clearLayers();
    this.places.clear();
    // places the gazetteer put on one point (a governorate's centre) one under the other, not stacked
    const atPoint = new Map();
    for (const f of all.features) {
      const spot = f.geometry.coordinates.join();
      atPoint.set(spot, (atPoint.get(spot) || 0) + 1);
    }
    const placedAt = new Map();
    for (const f of all.features) {
      const p = f.properties;
      const spot = f.geometry.coordinates.join();
      const k = placedAt.get(spot) || 0;
      placedAt.set(spot, k + 1);
      const shift = (k - (atPoint.get(spot) - 1) / 2) * SPREAD_PX;
      const box = el('div', { class: 'place-box', data: { placeId: p.place_id, side: '' } });
      const html = el('div', { class: 'place-symbol' }, box, el('span', { class: 'place-name' }, p.name));
      const icon = L.divIcon({ className: 'place-marker', html, iconSize: [16, 16], iconAnchor: [8, 8 - shift] });
      const [lon, lat] = f.geometry.coordinates;
      // keyboard: Leaflet gives the marker a tab stop; Enter or Space opens it as a click does
      const marker = L.marker([lat, lon], { icon, pane: 'places', keyboard: true });
      marker.on('click', () => this.onSelect(p.place_id));
      marker.on('keydown', (e) => {
        if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
        e.originalEvent.preventDefault();
        this.onSelect(p.place_id);
      });
      marker.addTo(this.group);
      this.places.set(p.place_id, { marker, box, name: p.name, admin1: p.admin1 });
    }
    return this.places.size;
  }

  /** Colours every place as held on `date`; returns the holdings (place id -> properties). */
  async show(date, signal) {
    const map = await getJson('/api/control', { date }, signal);
    const held = new Map(map.features.map((f) => [f.properties.place_id, f.properties]));
    for (const [id, place] of this.places) {
      this.paint(place, held.get(id), date);
    }
    return held;
  }

  paint(place, holding, date) {
    const box = place.box;
    const where = place.admin1 ? `${place.name} (${place.admin1})` : place.name;
    box.style.background = this.colours.placeBackground(holding);
    box.classList.toggle('contested', !!(holding && holding.contested));
    if (!holding) {
      box.dataset.side = '';
      box.title = `${where}: no change of control reported by ${date}`;
    } else if (holding.contested) {
      box.dataset.side = 'contested';
      box.title = `${where}: contested on ${date}, sources disagree (${(holding.claimed_sides || []).join(' / ')})`;
    } else {
      box.dataset.side = holding.side;
      const sources = holding.basis && holding.basis.sources.length ? ` per ${holding.basis.sources.join(', ')}` : '';
      box.title = `${where}: held by ${this.colours.sideLabel(holding.side)} since ${holding.since}${sources}`;
    }
    const node = place.marker.getElement();
    if (node) {
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', box.title);
      node.classList.toggle('held', !!holding);
    }
  }

  select(id) {
    this.selected = id;
    for (const [placeId, place] of this.places) {
      const node = place.marker.getElement();
      if (node) node.classList.toggle('selected', placeId === id);
    }
  }
}
