// The map's legend: event types (dots), the sides holding places (squares), contested places and
// places with no change reported yet. The sides listed are those of the war shown (the conflict
// whose declared sides the places' holders belong to, from its actor dictionary), plus any other
// side seen holding a place: no war's sides are assumed before its places are seen.
import { el, replace } from './dom.js';

/** A war's main sides, the first its dictionary declares, are listed even before they hold a place shown. */
const MAIN_SIDES = 4;
/** Sides that hold no ground: listed only when seen holding a place. */
const QUIET = ['civilians', 'protesters', 'other', 'unidentified'];

export class Legend {
  constructor(map, colours) {
    this.colours = colours;
    this.holders = new Set();
    this.sides = new Set();
    this.held = el('div', {});
    const legend = this;
    const Control = L.Control.extend({
      options: { position: 'bottomleft' },
      onAdd() {
        const types = colours.typeNames().map((t) => el('div', { data: { type: t } },
          el('span', { class: 'swatch', style: { background: colours.type(t) } }), t));
        const contested = el('span', { class: 'place-box contested',
          style: { background: colours.placeBackground({ contested: true,
            claimed_sides: Object.keys(colours.sides).slice(0, 2) }) } });
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
    const before = this.holders.size;
    sides.forEach((s) => { if (s) this.holders.add(s); });
    if (this.holders.size === before) return;
    const war = this.colours.warOf(this.holders).filter((s) => !QUIET.includes(s)).slice(0, MAIN_SIDES);
    this.sides = new Set([...war, ...this.holders]);
    this.draw();
  }

  draw() {
    replace(this.held, [...this.sides].map((s) => el('div', { data: { side: s } },
      el('span', { class: 'place-box', style: { background: this.colours.side(s) } }), this.colours.sideLabel(s))));
  }
}
