package org.sitrep.store.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.db.Keys;

/**
 * An event as the store indexes it: the columns filters and merging read, derived once from the
 * event and its report.
 *
 * @param source   who says so: the event's attribution source, else the report's narrator
 * @param sourceKey {@link Keys} form of {@code source}: what corroboration counts
 */
public record EventRow(
        Event event,
        String reportId,
        int seq,
        DateWindow window,
        boolean territorial,
        String actor1Side,
        String actor2Side,
        String placeKey,
        String source,
        String sourceKey,
        String outletKey,
        String modality,
        String stableKey) {

    public static EventRow of(Event event, Report report, int seq) {
        return of(event, report, seq, report.narrator(), null);
    }

    /**
     * @param corroborator who the report's own narration counts as for corroboration: its narrator, or
     *                     for a relay (the same text republished) the narrator of the report it relays,
     *                     so that a republication is not counted as an independent source
     * @param stableKey    the event's key across re-extraction (see {@link StableKeys}); the id of the
     *                     incident it founds derives from it
     */
    public static EventRow of(Event event, Report report, int seq, String corroborator, String stableKey) {
        boolean cited = event.attribution() != null && notBlank(event.attribution().source());
        String source = cited ? event.attribution().source() : report.narrator();
        String modality = event.attribution() != null && notBlank(event.attribution().modality())
                ? event.attribution().modality().toLowerCase(java.util.Locale.ROOT)
                : "asserted";
        return new EventRow(event, report.id(), seq,
                DateWindow.of(event.date(), event.datePrecision()),
                safeTerritorial(event),
                sideKey(event.actor1()),
                sideKey(event.actor2()),
                PlaceKey.of(event.location()),
                source,
                Keys.of(cited ? source : corroborator),
                Keys.of(report.outlet()),
                modality,
                stableKey);
    }

    /** A sub-event label the model does not know is not territorial, not an error. */
    private static boolean safeTerritorial(Event event) {
        try {
            return event.isTerritorial();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The side as a key; unidentified or missing sides are null (they match any side). */
    static String sideKey(Actor actor) {
        if (actor == null) {
            return null;
        }
        String side = Keys.of(actor.side());
        return side == null || side.equals(Actor.UNIDENTIFIED) ? null : side;
    }

    public boolean denied() {
        return "denied".equals(modality);
    }

    /** The event's country, else its place's. */
    public String country() {
        Location loc = event.location();
        return event.country() != null ? event.country() : loc == null ? null : loc.country();
    }

    public String json() {
        return SitrepJson.eventLine(event);
    }

    /** Values for {@link EventStore}'s INSERT, in its column order. */
    List<Object> insertParams(long incidentId, String json) {
        Location loc = event.location();
        List<Object> p = new ArrayList<>(38);
        p.add(reportId);
        p.add(incidentId);
        p.add(seq);
        p.add(event.date());
        p.add(event.datePrecision());
        p.add(event.monthDay());
        p.add(window == null ? null : window.start());
        p.add(window == null ? null : window.end());
        p.add(event.eventType());
        p.add(event.subEventType());
        p.add(territorial);
        p.add(actor1Side);
        p.add(actor2Side);
        p.add(placeKey);
        p.add(loc == null ? null : loc.name());
        p.add(loc == null ? null : Keys.of(loc.name()));
        p.add(loc == null ? null : Keys.of(loc.mention()));
        p.add(loc == null ? null : loc.placeId());
        p.add(loc == null ? null : loc.admin1());
        p.add(loc == null ? null : Keys.of(loc.admin1()));
        p.add(loc == null ? null : loc.admin2());
        p.add(loc == null ? null : Keys.of(loc.admin2()));
        String country = country();
        p.add(country);
        p.add(Keys.of(country));
        p.add(loc == null ? null : loc.latitude());
        p.add(loc == null ? null : loc.longitude());
        p.add(loc == null ? null : loc.geoPrecision());
        p.add(event.fatalities());
        p.add(event.prisoners());
        p.add(source);
        p.add(sourceKey);
        p.add(modality);
        p.add(outletKey);
        p.add(event.confidence());
        p.add(event.evidence() == null ? null : event.evidence().text());
        p.add(event.evidence() == null ? null : Keys.of(event.evidence().text()));
        p.add(json);
        p.add(stableKey);
        return p;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
