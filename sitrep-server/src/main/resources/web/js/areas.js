// Areas of control on the slider's day (/api/control/areas): each side's ground shaded in its
// colour, computed on the server from the places it holds, and the front lines where two sides'
// areas meet. Ground far from any place with a known holder stays blank. Drawn under the events
// and the place symbols.
import { getJson } from './api.js';

export class AreasLayer {
  constructor(map, colours) {
    this.colours = colours;
    map.createPane('control-areas').style.zIndex = 350;
    this.group = L.layerGroup().addTo(map);
    this.stateOf = undefined;
  }

  /** Shows the areas on `date`; returns the number of areas and fronts drawn. */
  async show(date, signal) {
    const collection = await getJson('/api/control/areas', { date }, signal);
    this.group.clearLayers();
    this.stateOf = collection.state_of;
    const layer = L.geoJSON(collection, {
      pane: 'control-areas',
      interactive: false,
      style: (f) => this.style(f.properties),
    });
    layer.addTo(this.group);
    const pane = this.group._map && this.group._map.getPane('control-areas');
    if (pane) pane.dataset.stateOf = collection.state_of || '';
    return collection.features.length;
  }

  style(p) {
    if (p.kind === 'front') {
      return { color: '#1b1b1b', weight: 2.5, opacity: 0.9, dashArray: '7 4', className: 'front-line' };
    }
    const colour = this.colours.side(p.side);
    return { stroke: false, fillColor: colour, fillOpacity: 0.28, className: `control-area side-${String(p.side).replace(/[^a-z0-9-]/gi, '-')}` };
  }
}
