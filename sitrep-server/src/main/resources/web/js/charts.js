// The analysis panel: charts of the events the page's filters select (GET /api/analysis), drawn
// as plain SVG. Each chart is an image with a name for screen readers and a sentence that says
// what it shows, so the figures are there without seeing the bars.
import { getJson } from './api.js';
import { el, replace } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 520;
const HEIGHT = 150;
const PAD = { left: 40, right: 8, top: 8, bottom: 22 };
// beyond this many keys the rest are drawn together as 'other', so the colours stay readable
const MAX_KEYS = 6;

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
  children.forEach((c) => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

/** The periods from the lines' points, in time order. */
function periodsOf(lines) {
  const set = new Set();
  lines.forEach((l) => l.points.forEach((p) => set.add(p.period)));
  return [...set].sort();
}

/** The first keys as they are, the rest merged into one 'other' line. */
function topLines(lines) {
  if (lines.length <= MAX_KEYS) return lines;
  const rest = lines.slice(MAX_KEYS - 1);
  const sums = new Map();
  rest.forEach((l) => l.points.forEach((p) => {
    const s = sums.get(p.period) || { period: p.period, events: 0, fatalities: 0 };
    s.events += p.events;
    s.fatalities += p.fatalities;
    sums.set(p.period, s);
  }));
  const other = {
    key: 'other', events: rest.reduce((a, l) => a + l.events, 0), fatalities: rest.reduce((a, l) => a + l.fatalities, 0),
    points: [...sums.values()],
  };
  return [...lines.slice(0, MAX_KEYS - 1), other];
}

function axis(max, plotHeight) {
  return svg('g', { class: 'chart-axis' },
    svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: PAD.top + plotHeight }),
    svg('text', { x: PAD.left - 4, y: PAD.top + 8, 'text-anchor': 'end' }, String(max)),
    svg('text', { x: PAD.left - 4, y: PAD.top + plotHeight, 'text-anchor': 'end' }, '0'));
}

/** Bars per period, stacked by key; `metric` is 'events' or 'fatalities'. */
function stackedBars(lines, metric, colourOf) {
  const periods = periodsOf(lines);
  const totals = periods.map((p) => lines.reduce((a, l) => a + ((l.points.find((x) => x.period === p) || {})[metric] || 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, periods.length);
  const barW = Math.max(1, step * 0.8);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img' }, axis(max, plotH));
  periods.forEach((period, i) => {
    let y = PAD.top + plotH;
    lines.forEach((l) => {
      const point = l.points.find((x) => x.period === period);
      const v = point ? point[metric] : 0;
      if (!v) return;
      const h = (v / max) * plotH;
      y -= h;
      root.appendChild(svg('rect', { class: 'chart-bar', x: PAD.left + i * step + (step - barW) / 2, y, width: barW, height: h,
        fill: colourOf(l.key), 'data-key': l.key, 'data-period': period },
      svg('title', {}, `${period} · ${l.key}: ${v} ${metric}`)));
    });
  });
  if (periods.length) {
    root.appendChild(svg('text', { class: 'chart-tick', x: PAD.left, y: HEIGHT - 6 }, periods[0]));
    root.appendChild(svg('text', { class: 'chart-tick', x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' },
      periods[periods.length - 1]));
  }
  return root;
}

/** One horizontal bar per key: its total events, and its fatalities as a darker inner bar. */
function totalBars(lines) {
  const rowH = 18;
  const height = PAD.top + lines.length * rowH + 4;
  const labelW = 130;
  const plotW = WIDTH - labelW - 60;
  const max = Math.max(1, ...lines.map((l) => Math.max(l.events, l.fatalities)));
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart', role: 'img' });
  lines.forEach((l, i) => {
    const y = PAD.top + i * rowH;
    root.appendChild(svg('text', { class: 'chart-tick', x: labelW - 6, y: y + 12, 'text-anchor': 'end' }, l.key));
    root.appendChild(svg('rect', { class: 'chart-bar events', x: labelW, y, width: Math.max(1, (l.events / max) * plotW), height: rowH - 6,
      'data-key': l.key }, svg('title', {}, `${l.key}: ${l.events} events`)));
    root.appendChild(svg('rect', { class: 'chart-bar fatalities', x: labelW, y: y + 4, width: (l.fatalities / max) * plotW, height: rowH - 14,
      'data-key': l.key }, svg('title', {}, `${l.key}: ${l.fatalities} killed`)));
    root.appendChild(svg('text', { class: 'chart-tick', x: labelW + (l.events / max) * plotW + 4, y: y + 12 },
      `${l.events} / ${l.fatalities}`));
  });
  return root;
}

/** A line of the changes of control per period, a dot on each period. */
function changesLine(changes) {
  const max = Math.max(1, ...changes.map((c) => c.changes));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (changes.length === 1 ? plotW / 2 : (i / (changes.length - 1)) * plotW);
  const y = (v) => PAD.top + plotH - (v / max) * plotH;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img' }, axis(max, plotH));
  if (changes.length) {
    root.appendChild(svg('polyline', { class: 'chart-line', fill: 'none',
      points: changes.map((c, i) => `${x(i).toFixed(1)},${y(c.changes).toFixed(1)}`).join(' ') }));
    changes.forEach((c, i) => root.appendChild(svg('circle', { class: 'chart-point', cx: x(i), cy: y(c.changes), r: 3 },
      svg('title', {}, `${c.period}: ${c.changes} changes of control (` + Object.entries(c.by_side).map(([s, n]) => `${s} ${n}`).join(', ') + ')'))));
    root.appendChild(svg('text', { class: 'chart-tick', x: PAD.left, y: HEIGHT - 6 }, changes[0].period));
    root.appendChild(svg('text', { class: 'chart-tick', x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' },
      changes[changes.length - 1].period));
  }
  return root;
}

/** 'a 12, b 3 and 2 others' of the lines' totals for `metric`, largest first. */
function largest(lines, metric, label) {
  const sorted = [...lines].sort((a, b) => b[metric] - a[metric]).filter((l) => l[metric] > 0);
  if (!sorted.length) return `no ${metric}`;
  return sorted.slice(0, 3).map((l) => `${label(l.key)} ${l[metric]}`).join(', ')
    + (sorted.length > 3 ? ` and ${sorted.length - 3} more` : '');
}

export class ChartsPanel {
  constructor(colours, onOpen) {
    this.colours = colours;
    this.panel = document.getElementById('charts-panel');
    this.body = document.getElementById('charts');
    this.button = document.getElementById('charts-button');
    this.button.addEventListener('click', () => this.toggle(this.panel.hidden));
    document.getElementById('charts-close').addEventListener('click', () => this.toggle(false));
    this.onOpen = onOpen;
  }

  get open() {
    return !this.panel.hidden;
  }

  toggle(open) {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) this.onOpen();
  }

  /** Draws the charts of the events `filters` select; does nothing while the panel is closed. */
  async load(filters, signal) {
    if (!this.open) return;
    const a = await getJson('/api/analysis', filters, signal);
    this.render(a);
  }

  figure(id, title, chart, summary) {
    chart.setAttribute('aria-label', title);
    chart.setAttribute('aria-describedby', id + '-summary');
    return el('figure', { id, class: 'chart-figure' }, el('h3', {}, title), chart,
      el('figcaption', { id: id + '-summary', class: 'chart-summary' }, summary));
  }

  legend(lines, colourOf, label) {
    return el('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, lines.map((l) => el('li', {},
      el('span', { class: 'swatch', style: { background: colourOf(l.key) } }), label(l.key))));
  }

  render(a) {
    const side = (k) => (k === 'other' || k === 'unknown' ? k : this.colours.sideLabel(k));
    const sideColour = (k) => (k === 'other' || k === 'unknown' ? '#9a9a9a' : this.colours.side(k));
    const typeColour = (k) => (k === 'other' || k === 'unknown' ? '#9a9a9a' : this.colours.type(k));
    const same = (k) => k;
    const span = a.first ? `from ${a.first} to ${a.last}, by ${a.interval}` : 'no dated events';
    const sides = topLines(a.by_side);
    const types = topLines(a.by_type);
    const regions = a.by_admin1.slice(0, 12);
    const changes = a.control_changes;
    const changeCount = changes.reduce((s, c) => s + c.changes, 0);
    const busiest = changes.reduce((b, c) => (!b || c.changes > b.changes ? c : b), null);
    replace(this.body,
      el('p', { id: 'charts-total' }, `${a.events} events, ${a.fatalities} killed, ${span}`
        + (a.undated ? ` (${a.undated} undated events not drawn)` : '') + '.'),
      this.figure('chart-fatalities-side', 'Fatalities over time by side', stackedBars(sides, 'fatalities', sideColour),
        `Killed by side (actor 1's), ${span}: ${largest(a.by_side, 'fatalities', side)}.`),
      this.legend(sides, sideColour, side),
      this.figure('chart-events-side', 'Events over time by side', stackedBars(sides, 'events', sideColour),
        `Events by side, ${span}: ${largest(a.by_side, 'events', side)}.`),
      this.figure('chart-events-type', 'Events over time by type', stackedBars(types, 'events', typeColour),
        `Events by type: ${largest(a.by_type, 'events', same)}; killed by type: ${largest(a.by_type, 'fatalities', same)}.`),
      this.legend(types, typeColour, same),
      this.figure('chart-admin1', 'Events and fatalities by governorate', totalBars(regions),
        `Events by governorate: ${largest(a.by_admin1, 'events', same)}; killed: ${largest(a.by_admin1, 'fatalities', same)}.`),
      this.figure('chart-control', 'Changes of control over time', changesLine(changes),
        changeCount ? `${changeCount} changes of control in ${changes.length} periods; the most, ${busiest.changes}, in the period of ${busiest.period}.`
          : 'No change of control among these events.'));
  }
}
