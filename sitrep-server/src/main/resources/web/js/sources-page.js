// The sources page: every source ranked by reliability (the lower end of its interval first), its
// counts, the reasons in words, and a small chart of its reliability month by month.
import { getJson } from './api.js';
import { el, replace } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 160;
const HEIGHT = 36;

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, String(v)));
  return node;
}

/** Monthly reliability: the interval as a band, the mean as a line, 0.5 as a dotted rule. */
export function monthlyChart(months) {
  const chart = svg('svg', { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'spark',
    role: 'img' });
  const dated = months.filter((m) => m.period !== 'undated');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = dated.map((m) => `${m.period}: ${m.reliability.mean.toFixed(2)} (${m.claims} claims)`).join('\n');
  chart.appendChild(title);
  const y = (v) => (HEIGHT - 2) - v * (HEIGHT - 4);
  chart.appendChild(svg('line', { x1: 0, x2: WIDTH, y1: y(0.5), y2: y(0.5), class: 'spark-even' }));
  if (dated.length === 0) return chart;
  const x = (i) => (dated.length === 1 ? WIDTH / 2 : 2 + i * (WIDTH - 4) / (dated.length - 1));
  const upper = dated.map((m, i) => `${x(i)},${y(m.reliability.high)}`);
  const lower = dated.map((m, i) => `${x(i)},${y(m.reliability.low)}`).reverse();
  chart.appendChild(svg('polygon', { points: upper.concat(lower).join(' '), class: 'spark-band' }));
  chart.appendChild(svg('polyline', { points: dated.map((m, i) => `${x(i)},${y(m.reliability.mean)}`).join(' '),
    class: 'spark-mean' }));
  dated.forEach((m, i) => chart.appendChild(svg('circle', { cx: x(i), cy: y(m.reliability.mean), r: 1.8,
    class: 'spark-point' })));
  return chart;
}

// requests in flight, in body[data-busy] as the map's page keeps it (tests wait for 0)
let busy = 0;
function track(promise) {
  document.body.dataset.busy = String(++busy);
  return promise.finally(() => { document.body.dataset.busy = String(--busy); });
}

function row(s, rank) {
  const chartCell = el('td', { class: 'chart' });
  const r = s.reliability;
  const tr = el('tr', { data: { source: s.name } },
    el('td', {}, String(rank)),
    el('td', {}, el('strong', {}, s.name), el('div', { class: 'muted explanation' }, s.explanation)),
    el('td', {}, s.kind || '–'), el('td', {}, s.favours || '–'),
    el('td', { class: 'num' }, String(s.claims)), el('td', { class: 'num' }, String(s.corroborated)),
    el('td', { class: 'num' }, String(s.contradicted)), el('td', { class: 'num' }, String(s.reversed)),
    el('td', { class: 'num' }, String(s.against_interest)),
    el('td', { class: 'num reliability' }, `${r.mean.toFixed(2)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]`),
    chartCell);
  track(getJson('/api/sources/' + encodeURIComponent(s.name)))
    .then((h) => replace(chartCell, monthlyChart(h.months)))
    .catch(() => replace(chartCell, '–'));
  return tr;
}

async function show(period) {
  const status = document.getElementById('sources-status');
  const body = document.querySelector('#sources tbody');
  try {
    const ranking = await track(getJson('/api/sources/reliability', { period }));
    const select = document.getElementById('period');
    if (select.options.length === 1) {
      ranking.periods.forEach((p) => select.appendChild(el('option', { value: p }, p)));
    }
    replace(body, ranking.sources.map((s, i) => row(s, i + 1)));
    replace(status, ranking.sources.length ? '' : 'No claims yet: ingest some reports.');
  } catch (e) {
    replace(status, 'Could not read the sources: ' + e.message);
  }
}

document.getElementById('period').addEventListener('change', (ev) => show(ev.target.value));
show('all');
