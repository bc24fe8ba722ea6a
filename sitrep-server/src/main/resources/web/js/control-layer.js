// Places coloured by the side that holds them on the slider's date (/api/control): a square per
// place whose control changed, white until its first reported change, striped when sources
// disagree on who holds it.
import { getJson } from './api.js';
import { el } from './dom.js';

/** A day after any data: the control map on it holds every place with a dated change. */
const EVERY_PLACE = '9999-12-31';

export class ControlLayer {
  constructor(map, colours, onSelect) {
    this.colours = colours;
    this.onSelect = onSelect;
    map.createPane('places').style.zIndex = 450;
    this.group = L.layerGroup().addTo(map);
    this.places = new Map(); // place id -> {marker, box, name}
    this.selected = null;
  }

  async loadPlaces(signal) {
    const all = await getJson('/api/control', { date: EVERY_PLACE }, signal);
    this.group.clearLayers();
    this.places.clear();
    for (const f of all.features) {
      const p = f.properties;
      const box = el('div', { class: 'place-box', data: { placeId: p.place_id, side: '' } });
      const icon = L.divIcon({ className: 'place-marker', html: box, iconSize: [12, 12] });
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.marker([lat, lon], { icon, pane: 'places', keyboard: false });
      marker.on('click', () => this.onSelect(p.place_id));
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
  }

  select(id) {
    this.selected = id;
    for (const [placeId, place] of this.places) {
      const node = place.marker.getElement();
      if (node) node.classList.toggle('selected', placeId === id);
    }
  }
}
