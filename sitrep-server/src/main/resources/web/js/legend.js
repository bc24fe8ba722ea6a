// The map's legend: event types (dots), the sides holding places (squares), contested places and
// places with no change reported yet. The sides listed are the four of every map of the Syrian war
// plus any other side seen holding a place.
import { el, replace } from './dom.js';

const ALWAYS = ['government', 'opposition', 'isis', 'sdf'];

export class Legend {
  constructor(map, colours) {
    this.colours = colours;
    this.sides = new Set(ALWAYS.filter((s) => colours.sides[s]));
    this.held = el('div', {});
    const legend = this;
    const Control = L.Control.extend({
      options: { position: 'bottomleft' },
      onAdd() {
        const types = colours.typeNames().map((t) => el('div', { data: { type: t } },
          el('span', { class: 'swatch', style: { background: colours.type(t) } }), t));
        const contested = el('span', { class: 'place-box contested',
          style: { background: colours.placeBackground({ contested: true, claimed_sides: ALWAYS.slice(0, 2) }) } });
        const node = el('div', { class: 'legend', id: 'legend' },
          el('h4', {}, 'Events'), types,
          el('h4', {}, 'Places held by'), legend.held,
          el('div', {}, contested, 'contested (sources disagree)'),
          el('div', {}, el('span', { class: 'place-box', data: { side: '' } }), 'no change reported yet'));
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        return node;
      },
    });
    new Control().addTo(map);
    this.draw();
  }

  /** Adds the sides seen holding places. */
  seen(sides) {
    const before = this.sides.size;
    sides.forEach((s) => { if (s) this.sides.add(s); });
    if (this.sides.size !== before) this.draw();
  }

  draw() {
    replace(this.held, [...this.sides].map((s) => el('div', { data: { side: s } },
      el('span', { class: 'place-box', style: { background: this.colours.side(s) } }), this.colours.sideLabel(s))));
  }
}
