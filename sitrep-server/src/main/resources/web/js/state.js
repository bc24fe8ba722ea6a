// The page's state, kept in the URL's fragment so a view can be shared: filters, date and window,
// the map's centre and zoom, the list page, and what the side panel shows.

export const DEFAULTS = Object.freeze({
  date: '', // the day shown; empty: the latest, with no date bound on events
  window: 'all', // events of: 'all' days up to the date, the last N days, or 'from' a day to it
  from: '', // the range's first day when window is 'from' (YYYY-MM-DD)
  type: '', side: '', actor: '', source: '', admin1: '', admin2: '', country: '', text: '',
  inview: '1', // the list holds the events in the map's view only
  at: '', // a box (W,S,E,N) the list is pinned to, after a click on a cluster that cannot spread out
  page: '1',
  map: '', // lat,lon,zoom
  event: '', place: '', report: '',
  mark: '', // the event (one source's account) to bring into view in the report
});

export const FILTERS = ['type', 'side', 'actor', 'source', 'admin1', 'admin2', 'country', 'text'];

export function readState(hash) {
  const params = new URLSearchParams((hash || '').replace(/^#/, ''));
  const state = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    const v = params.get(key);
    if (v !== null) state[key] = v;
  }
  return state;
}

export function stateHash(state) {
  const params = new URLSearchParams();
  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    const v = state[key];
    if (v !== undefined && v !== null && String(v) !== fallback) params.set(key, String(v));
  }
  const s = params.toString();
  return s ? '#' + s : '';
}

/** Adds `days` to an ISO date (YYYY-MM-DD), in UTC so no time zone shifts it. */
export function addDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / 86400000);
}

/** The API's event filters for a state: the form's filters and the date window. */
export function eventFilters(state) {
  const p = {};
  FILTERS.forEach((k) => { if (state[k]) p[k] = state[k]; });
  if (state.window === 'from') {
    if (state.from) p.from = state.from;
    if (state.date) p.to = state.date;
  } else if (state.date) {
    p.to = state.date;
    if (state.window !== 'all') p.from = addDays(state.date, 1 - Number(state.window));
  }
  return p;
}
