// The names on the base map: countries and first-level divisions (built into the server from
// Natural Earth) and populated places from the gazetteer, asked per view (/api/place-labels) so
// cities are named at a country's scale and villages once zoomed in.
import { getJson, isAbort } from './api.js';
import { el } from './dom.js';
import { viewBox } from './events-layer.js';

const COUNTRY_ZOOMS = [3, 6];
const ADMIN1_ZOOMS = [5, 10];
const PLACE_MIN_ZOOM = 5;
/** A division is named when it covers at least this many square pixels at the zoom. */
const ADMIN1_MIN_PIXELS = 2500;

function label(latlng, text, className, pane) {
  const icon = L.divIcon({ className: 'map-label ' + className, html: el('span', {}, text), iconSize: null });
  return L.marker(latlng, { icon, pane, interactive: false, keyboard: false });
}

export class BaseLabels {
  constructor(map, countries) {
    this.map = map;
    map.createPane('labels').style.zIndex = 380;
    map.getPane('labels').style.pointerEvents = 'none';
    this.countryGroup = L.layerGroup().addTo(map);
    this.admin1Group = L.layerGroup().addTo(map);
    this.placeGroup = L.layerGroup().addTo(map);
    this.countries = countries.features.filter((f) => f.properties.label && f.properties.name);
    this.admin1 = null;
    this.admin1Loading = null;
    this.controller = null;
    map.on('moveend', () => this.refresh());
  }

  refresh() {
    const zoom = this.map.getZoom();
    const bounds = this.map.getBounds().pad(0.1);
    this.showCountries(zoom, bounds);
    this.showAdmin1(zoom, bounds);
    this.showPlaces(zoom);
  }

  showCountries(zoom, bounds) {
    this.countryGroup.clearLayers();
    if (zoom < COUNTRY_ZOOMS[0] || zoom > COUNTRY_ZOOMS[1]) return;
    for (const f of this.countries) {
      const [lon, lat] = f.properties.label;
      if (bounds.contains([lat, lon])) label([lat, lon], f.properties.name, 'country-label', 'labels').addTo(this.countryGroup);
    }
  }

  async showAdmin1(zoom, bounds) {
    this.admin1Group.clearLayers();
    if (zoom < ADMIN1_ZOOMS[0] || zoom > ADMIN1_ZOOMS[1]) return;
    if (!this.admin1) {
      if (!this.admin1Loading) this.admin1Loading = this.loadAdmin1();
      await this.admin1Loading;
      if (this.map.getZoom() !== zoom) return; // a later move draws its own
    }
    const degreePixels = (256 * 2 ** zoom) / 360;
    for (const f of this.admin1.labels.features) {
      const [lon, lat] = f.geometry.coordinates;
      if (!bounds.contains([lat, lon])) continue;
      if (f.properties.area * degreePixels * degreePixels < ADMIN1_MIN_PIXELS) continue;
      label([lat, lon], f.properties.name, 'admin1-label', 'labels').addTo(this.admin1Group);
    }
  }

  /** The divisions' boundaries and names, fetched the first time the map is zoomed to a country. */
  async loadAdmin1() {
    const [lines, labels] = await Promise.all(['admin1-lines', 'admin1-labels']
      .map((name) => fetch(`/basemap/${name}.geojson`).then((r) => r.json())));
    L.geoJSON(lines, {
      pane: 'admin1',
      renderer: L.canvas({ pane: 'admin1' }),
      interactive: false,
      style: { color: '#9b8f7a', weight: 1, dashArray: '5 3', opacity: 0.9 },
    }).addTo(this.map);
    this.admin1 = { labels };
  }

  async showPlaces(zoom) {
    if (this.controller) this.controller.abort();
    if (zoom < PLACE_MIN_ZOOM) {
      this.placeGroup.clearLayers();
      return;
    }
    this.controller = new AbortController();
    try {
      const answer = await getJson('/api/place-labels', { bbox: viewBox(this.map, 0.1), zoom }, this.controller.signal);
      this.placeGroup.clearLayers();
      for (const p of answer.labels) {
        const icon = L.divIcon({
          className: `map-label place-label rank-${p.rank}`,
          html: el('span', { data: { placeName: p.name } }, el('i', { class: 'place-dot' }), p.name),
          iconSize: null,
        });
        L.marker([p.latitude, p.longitude], { icon, pane: 'labels', interactive: false, keyboard: false })
          .addTo(this.placeGroup);
      }
    } catch (e) {
      if (!isAbort(e)) console.warn('sitrep: place labels', e); // eslint-disable-line no-console
    }
  }
}
