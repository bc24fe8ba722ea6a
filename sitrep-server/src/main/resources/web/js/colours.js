// The map's colours (sides, event types), from colours.json: data a user can read and edit. Each
// war's sides, as its actor dictionary declares them (/api/sides), colour the sides colours.json
// does not name (Ukraine's, Sudan's...).
import { getJson } from './api.js';

export class Colours {
  /** @param wars the sides of each conflict by country code, as /api/sides gives them */
  constructor(data, wars = {}) {
    this.sides = { ...(data.sides || {}) };
    this.otherSide = data.other_side || '#9e9e9e';
    this.types = data.event_types || {};
    this.wars = wars;
    Object.values(wars).flat().forEach((s) => {
      if (!this.sides[s.key]) this.sides[s.key] = { colour: s.colour, label: s.label };
    });
  }

  static async load() {
    const response = await fetch('/colours.json');
    // the wars' sides are a bonus: a closed API (no token yet) leaves colours.json's alone
    const wars = await getJson('/api/sides').catch(() => ({}));
    return new Colours(await response.json(), wars);
  }

  /** The declared sides of the war most of {@code seen} belong to (none seen: none). */
  warOf(seen) {
    let best = [];
    let bestCount = 0;
    Object.values(this.wars).forEach((sides) => {
      const count = sides.filter((s) => seen.has(s.key)).length;
      if (count > bestCount) {
        best = sides;
        bestCount = count;
      }
    });
    return best.map((s) => s.key);
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
