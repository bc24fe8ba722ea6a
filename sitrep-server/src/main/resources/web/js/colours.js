// The map's colours (sides, event types), from colours.json: data a user can read and edit.

export class Colours {
  constructor(data) {
    this.sides = data.sides || {};
    this.otherSide = data.other_side || '#9e9e9e';
    this.types = data.event_types || {};
  }

  static async load() {
    const response = await fetch('/colours.json');
    return new Colours(await response.json());
  }

  side(side) {
    return (this.sides[side] && this.sides[side].colour) || this.otherSide;
  }

  sideLabel(side) {
    return (this.sides[side] && this.sides[side].label) || side;
  }

  type(type) {
    return this.types[type] || '#888888';
  }

  typeNames() {
    return Object.keys(this.types);
  }

  /** A CSS background for a place: the side's colour, or stripes of the sides that dispute it. */
  placeBackground(holding) {
    if (!holding) return '#ffffff';
    if (holding.contested) {
      const sides = holding.claimed_sides && holding.claimed_sides.length ? holding.claimed_sides : ['?'];
      const stops = sides.map((s, i) => `${this.side(s)} ${i * 3}px ${(i + 1) * 3}px`);
      return `repeating-linear-gradient(45deg, ${stops.join(', ')})`;
    }
    return this.side(holding.side);
  }
}
