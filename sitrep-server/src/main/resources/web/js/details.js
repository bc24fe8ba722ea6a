// The side panel's detail views: an event's card with every source's account and its evidence
// (the report's paragraph with the sentence highlighted), a place's control timeline, and a
// report's text with every extracted event highlighted in place. All text goes in as text.
import { getJson } from './api.js';
import { el, replace } from './dom.js';
import { actorNames, dateLabel } from './event-list.js';
import { excerpt, highlighted } from './text.js';

const PRECISION = { 1: 'the place itself', 2: 'near it, or its district', 3: 'the region only' };

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function actor(a) {
  if (!a) return null;
  return a.side ? `${a.name} (${a.side})` : a.name;
}

/** A claim's source with its reliability: the estimate, its 90 % interval, the reasons on hover. */
function sourceReliability(bySource, source) {
  const w = source && bySource ? bySource[source] : null;
  if (!w) return null;
  return el('span', { class: 'reliability', title: w.explanation },
    ` · reliability ${w.reliability.toFixed(2)} [${w.low.toFixed(2)}–${w.high.toFixed(2)}]`);
}

export class Details {
  constructor(colours, open, review) {
    this.colours = colours;
    this.review = review; // the review panel under the event's fields
    this.open = open; // {event(id), place(id), report(id, eventId)}
    this.node = document.getElementById('detail');
    this.reports = new Map(); // id -> promise of the report detail
  }

  report(id) {
    if (!this.reports.has(id)) {
      const p = getJson('/api/reports/' + encodeURIComponent(id));
      p.catch(() => this.reports.delete(id));
      this.reports.set(id, p);
    }
    return this.reports.get(id);
  }

  /** Forgets cached reports (the store may have changed). */
  reset() {
    this.reports.clear();
  }

  link(text, onClick, attrs = {}) {
    return el('button', { type: 'button', class: 'link', onclick: onClick, ...attrs }, text);
  }

  async showEvent(id, signal) {
    const e = await getJson('/api/events/' + encodeURIComponent(id), {}, signal);
    const loc = e.location;
    const place = loc ? [loc.name, loc.admin1, e.country].filter(Boolean).join(', ') : 'unknown';
    const f = e.fatalities;
    const fatalities = f.conflicting ? `${f.low} to ${f.high} (sources disagree; ${f.low} is the conservative figure)`
      : String(f.low);
    const assoc1 = (e.assoc_actor1 || []).map((a) => a.name).join(', ');
    const assoc2 = (e.assoc_actor2 || []).map((a) => a.name).join(', ');
    const claims = el('div', { id: 'claims' });
    replace(this.node,
      el('article', { id: 'event-card', class: `status-${e.status}`, data: { eventId: e.id, status: e.status } },
        el('h2', {}, el('span', { class: 'swatch', style: { background: this.colours.type(e.event_type) } }),
          e.sub_event_type || e.event_type),
        el('dl', {},
          el('dt', {}, 'Date'), el('dd', { class: 'date' }, dateLabel(e),
            e.window && e.window.start !== e.window.end ? ` (between ${e.window.start} and ${e.window.end})` : ''),
          el('dt', {}, 'Type'), el('dd', { class: 'type' }, e.event_type),
          el('dt', {}, 'Actors'), el('dd', { class: 'actors' }, [actor(e.actor1), actor(e.actor2)].filter(Boolean).join(' vs ') || 'unknown'),
          assoc1 || assoc2 ? el('dt', {}, 'With') : null,
          assoc1 || assoc2 ? el('dd', {}, [assoc1, assoc2].filter(Boolean).join(' / ')) : null,
          el('dt', {}, 'Place'), el('dd', { class: 'place' }, place,
            loc && loc.geo_precision ? el('div', { class: 'muted' }, 'placed at ' + PRECISION[loc.geo_precision]) : null,
            e.place_id ? this.link('control timeline', () => this.open.place(e.place_id)) : null),
          el('dt', {}, 'Fatalities'), el('dd', { class: 'fatalities' }, fatalities),
          e.prisoners ? el('dt', {}, 'Prisoners') : null, e.prisoners ? el('dd', {}, String(e.prisoners)) : null,
          e.materiel && e.materiel.length ? el('dt', {}, 'Materiel') : null,
          e.materiel && e.materiel.length ? el('dd', {}, e.materiel.join(', ')) : null,
          el('dt', {}, 'Sources'), el('dd', { class: 'sources' }, e.sources.join(', ') || 'none named'),
          el('dt', {}, 'Corroboration'), el('dd', { class: 'corroboration' },
            `${e.corroboration} independent source${e.corroboration === 1 ? '' : 's'}`
            + (e.claim_count !== e.corroboration ? ` (${e.claim_count} accounts)` : '')),
          e.source_belief ? el('dt', {}, 'Confidence') : null,
          e.source_belief ? el('dd', { class: 'confidence', title: e.source_belief.explanation },
            `${e.confidence.toFixed(2)}: extraction ${e.extraction_confidence.toFixed(2)} × sources `
            + e.source_belief.probability.toFixed(2),
            el('div', { class: 'muted' }, e.source_belief.explanation)) : null),
        this.review ? this.review.render(e) : null,
        el('h3', {}, 'Who says so'),
        claims));
    for (const c of e.claims || []) {
      const evidence = el('div', { class: 'evidence' });
      const report = el('span', {});
      claims.appendChild(el('section', { class: 'claim', data: { eventId: c.event_id } },
        el('div', { class: 'meta' },
          c.source || 'unnamed source', ' ', el('span', { class: `modality ${c.modality || ''}` }, c.modality || 'asserted'),
          sourceReliability(e.source_reliability, c.source),
          ` · ${c.date || 'date unknown'}`, c.fatalities ? ` · ${c.fatalities} killed` : '', ' · ', report),
        evidence));
      this.fillEvidence(c, evidence, report);
    }
    return e;
  }

  async fillEvidence(claim, target, reportLabel) {
    const sentence = claim.evidence ? claim.evidence.text : '';
    try {
      const r = await this.report(claim.report_id);
      replace(reportLabel, this.link(r.title || r.id, () => this.open.report(r.id, claim.event_id)));
      const span = r.events.find((s) => s.event_id === claim.event_id);
      if (span && span.body_start !== null && span.body_end !== null) {
        const part = excerpt(r.body, span.body_start, span.body_end);
        replace(target, highlighted(part.text, [{ start: part.start, end: part.end, className: 'evidence-sentence' }]));
        return;
      }
    } catch (e) {
      replace(reportLabel, claim.report_id);
    }
    replace(target, highlighted(sentence, [{ start: 0, end: sentence.length, className: 'evidence-sentence' }]));
  }

  async showPlace(id, lastDay, signal) {
    const p = await getJson('/api/places/' + encodeURIComponent(id), {}, signal);
    const place = p.place;
    const changes = p.changes.map((c) => el('li', { data: { incidentId: c.incident_id } },
      el('strong', {}, c.date + (c.date_precision && c.date_precision !== 'day' ? ` (${c.date_precision})` : '')), ' ',
      el('span', { class: 'swatch square', style: { background: this.colours.side(c.side) } }),
      this.colours.sideLabel(c.side), c.actor ? ` (${c.actor})` : '',
      c.disputed ? el('span', { class: 'modality denied' }, 'disputed') : null,
      el('div', { class: 'muted' }, 'per ', c.sources.join(', ') || 'unnamed sources', ' · ',
        this.link('the event', () => this.open.event(c.incident_id)))));
    replace(this.node,
      el('article', { id: 'place-card', data: { placeId: place.id } },
        el('h2', {}, place.name || place.id),
        el('dl', {},
          el('dt', {}, 'Area'), el('dd', {}, [place.admin1, place.country].filter(Boolean).join(', ') || 'unknown'),
          el('dt', {}, 'Position'), el('dd', {}, place.latitude === null ? 'not placed'
            : `${place.latitude.toFixed(4)}, ${place.longitude.toFixed(4)}`)),
        el('h3', {}, 'Control over time'),
        this.timelineBar(p.changes, lastDay),
        p.changes.length ? el('ol', { class: 'changes' }, changes) : el('p', { class: 'muted' }, 'No dated change of control.'),
        p.contested.length ? el('h3', {}, 'Contested (sources disagree)') : null,
        p.contested.length ? el('ul', {}, p.contested.map((c) => el('li', {},
          `${c.from} to ${c.to || 'now'}: ${c.sides.join(' / ')}`))) : null,
        p.undated.length ? el('h3', {}, 'Changes whose year is unknown') : null,
        p.undated.length ? el('ul', {}, p.undated.map((c) => el('li', {},
          `${this.colours.sideLabel(c.side)} (per ${c.sources.join(', ') || 'unnamed sources'})`))) : null));
    return p;
  }

  /** A bar from the first change to the data's last day, a segment per holder. */
  timelineBar(changes, lastDay) {
    if (changes.length === 0) return null;
    const start = Date.parse(changes[0].date);
    const end = Math.max(Date.parse(lastDay || changes[changes.length - 1].date), Date.parse(changes[changes.length - 1].date)) + 86400000;
    const bar = el('div', { class: 'timeline-bar', title: `${changes[0].date} to ${lastDay}` });
    changes.forEach((c, i) => {
      const from = Date.parse(c.date);
      const to = i + 1 < changes.length ? Date.parse(changes[i + 1].date) : end;
      bar.appendChild(el('span', {
        title: `${c.date}: ${this.colours.sideLabel(c.side)}`,
        style: { width: `${(100 * (to - from)) / (end - start)}%`, background: this.colours.side(c.side) },
      }));
    });
    return bar;
  }

  async showReport(id, focusEventId) {
    const r = await this.report(id);
    const spans = r.events.filter((s) => s.body_start !== null && s.body_end !== null).map((s) => ({
      start: s.body_start,
      end: s.body_end,
      colour: this.colours.type(s.event_type),
      title: `${s.sub_event_type || s.event_type}${s.date ? ', ' + s.date : ''} (${s.source || 'unnamed'}, ${s.modality || 'asserted'})`,
      data: { eventId: s.event_id, incidentId: s.incident_id },
      focus: String(s.event_id) === String(focusEventId),
    }));
    const missing = r.events.filter((s) => s.body_start === null || s.body_end === null);
    const body = el('div', { class: 'report-body', id: 'report-body' }, highlighted(r.body, spans));
    body.addEventListener('click', (e) => {
      const mark = e.target.closest('mark');
      if (mark && mark.dataset.incidentId) this.open.event(mark.dataset.incidentId.split(' ')[0]);
    });
    const url = r.url ? safeUrl(r.url) : null;
    replace(this.node,
      el('article', { id: 'report-card', data: { reportId: r.id } },
        el('h2', {}, r.title || r.id),
        el('dl', {},
          el('dt', {}, 'Published'), el('dd', {}, r.published || 'no date'),
          el('dt', {}, 'By'), el('dd', {}, [r.author, r.outlet || r.narrator].filter(Boolean).join(', ') || 'unknown'),
          r.source && r.source !== r.outlet ? el('dt', {}, 'Originally') : null,
          r.source && r.source !== r.outlet ? el('dd', {}, r.source + (r.source_published ? `, ${r.source_published}` : '')) : null,
          url ? el('dt', {}, 'Address') : null,
          url ? el('dd', {}, el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url)) : null,
          el('dt', {}, 'Events'), el('dd', {}, `${r.events.length} (highlighted; click one)`)),
        body,
        missing.length ? el('h3', {}, 'Events whose sentence is not in the text') : null,
        missing.length ? el('ul', {}, missing.map((s) => el('li', {},
          this.link(`${s.sub_event_type || s.event_type}: ${s.evidence ? s.evidence.text : ''}`,
            () => this.open.event(s.incident_id))))) : null));
    const focus = body.querySelector('mark.focus');
    if (focus) focus.scrollIntoView({ block: 'center' });
    return r;
  }
}
