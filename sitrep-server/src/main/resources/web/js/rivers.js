// Rivers and lakes under the data, built into the server from OpenStreetMap's water polygons
// (RiverBuilder): fetched by cells of the view once the map shows a country, drawn as thin blue
// lines and areas. The source has no names, so neither has the layer.
const MIN_ZOOM = 6;
const STYLE = { color: '#5b8fd0', weight: 1.6, opacity: 0.9, lineCap: 'round', fillColor: '#a9c8ec', fillOpacity: 1 };

export class RiverLayer {
  constructor(map, layersControl) {
    this.map = map;
    map.createPane('rivers').style.zIndex = 155;
    map.getPane('rivers').style.pointerEvents = 'none';
    this.layer = L.geoJSON(null, {
      pane: 'rivers', renderer: L.canvas({ pane: 'rivers' }), interactive: false, style: STYLE,
      attribution: 'Rivers: © OpenStreetMap contributors (ODbL)',
    }).addTo(map);
    layersControl.addOverlay(this.layer, 'Rivers and lakes');
    this.index = null;
    this.requested = new Set();
    map.on('moveend', () => this.refresh());
    map.on('overlayadd', (e) => { if (e.layer === this.layer) this.refresh(); });
    map.whenReady(() => this.refresh());
  }

  async refresh() {
    if (this.map.getZoom() < MIN_ZOOM || !this.map.hasLayer(this.layer)) return;
    if (!this.index) {
      if (!this.indexLoading) this.indexLoading = fetch('/basemap/rivers/cells.json').then((r) => r.json());
      this.index = await this.indexLoading;
    }
    for (const name of this.cellsInView()) {
      if (this.requested.has(name)) continue;
      this.requested.add(name);
      fetch(`/basemap/rivers/${name}.geojson`).then((r) => r.json()).then((cell) => this.layer.addData(cell))
        .catch((e) => console.warn('sitrep: rivers', name, e)); // eslint-disable-line no-console
    }
  }

  /** The cells a piece drawn in the view may be filed under: a piece reaches north and east of its cell. */
  cellsInView() {
    const { cell, reach, cells } = this.index;
    const b = this.map.getBounds();
    const known = new Set(cells);
    const out = [];
    const west = Math.floor((b.getWest() - reach) / cell) * cell;
    const south = Math.floor((Math.max(-90, b.getSouth()) - reach) / cell) * cell;
    for (let x = west; x <= b.getEast(); x += cell) {
      for (let y = south; y <= Math.min(90, b.getNorth()); y += cell) {
        const lon = ((x + 180) % 360 + 360) % 360 - 180; // a view across the antimeridian
        if (known.has(`${lon}_${y}`)) out.push(`${lon}_${y}`);
      }
    }
    return out;
  }
}
