// What lies under the data: the country outlines, first-level divisions, rivers and lakes built
// into the server (no network needed), the names of countries, divisions and places, the admin areas
// the user imported, and the tile layers the user configured (serve --tiles).
import { getJson } from './api.js';
import { el } from './dom.js';
import { BaseLabels } from './place-labels.js';
import { RiverLayer } from './rivers.js';

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export async function addBaseLayers(map, layersControl) {
  map.createPane('basemap').style.zIndex = 150;
  map.createPane('admin1').style.zIndex = 160;
  map.createPane('areas').style.zIndex = 300;
  const outlines = await (await fetch('/basemap/countries.geojson')).json();
  L.geoJSON(outlines, {
    pane: 'basemap',
    renderer: L.canvas({ pane: 'basemap' }),
    interactive: false,
    attribution: 'Outlines: Natural Earth',
    style: { color: '#7d7d7d', weight: 1, fillColor: '#f3f0e8', fillOpacity: 1 },
  }).addTo(map);
  new RiverLayer(map, layersControl); // eslint-disable-line no-new
  new BaseLabels(map, outlines); // eslint-disable-line no-new
  // Leaflet's layer switcher is an icon with only a title: give screen readers its name
  const toggle = layersControl.getContainer() && layersControl.getContainer().querySelector('.leaflet-control-layers-toggle');
  if (toggle) toggle.setAttribute('aria-label', 'Layers: choose what the map shows');

  const layers = await getJson('/api/layers');
  layers.tiles.forEach((tile, i) => {
    const tiles = L.tileLayer(tile.url, { attribution: escapeHtml(tile.attribution), maxZoom: 19 });
    layersControl.addOverlay(tiles, escapeHtml(tile.name));
    if (i === 0) tiles.addTo(map);
  });
  if (layers.areas > 0) {
    const areas = await getJson('/api/areas');
    const layer = L.geoJSON(areas, {
      pane: 'areas',
      style: (f) => ({
        color: '#555', weight: f.properties.level === 1 ? 1.4 : 0.7, dashArray: '4 3',
        fill: true, fillOpacity: 0, fillRule: 'evenodd',
      }),
      onEachFeature: (f, l) => l.bindTooltip(() => el('span', {}, f.properties.name,
        f.properties.name_ar ? ' · ' + f.properties.name_ar : ''), { sticky: true }),
    }).addTo(map);
    layersControl.addOverlay(layer, 'Admin areas');
  }
}
