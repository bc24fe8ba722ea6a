package org.sitrep.server.geojson;

import java.time.LocalDate;
import org.sitrep.model.Actor;
import org.sitrep.model.Location;
import org.sitrep.server.view.IncidentView;

/**
 * An event's properties in GeoJSON: flat (one value per key) so GIS tools show them as columns.
 * {@code id} is the event's id in the API.
 */
public record EventProperties(
        long id,
        LocalDate date,
        String datePrecision,
        String eventType,
        String subEventType,
        String actor1,
        String actor1Side,
        String actor2,
        String actor2Side,
        String placeId,
        String location,
        String admin1,
        String country,
        Integer geoPrecision,
        int fatalitiesLow,
        int fatalitiesHigh,
        int corroboration,
        String sources,
        String report,
        String evidence,
        String reviewStatus,
        String reviewer,
        int corrections) {

    public static EventProperties of(IncidentView v) {
        Location l = v.location();
        return new EventProperties(v.id(), v.date(), v.datePrecision(), v.eventType(), v.subEventType(),
                name(v.actor1()), side(v.actor1()), name(v.actor2()), side(v.actor2()), v.placeId(),
                l == null ? null : l.name(), l == null ? null : l.admin1(), v.country(),
                l == null ? null : l.geoPrecision(), v.fatalities().low(), v.fatalities().high(), v.corroboration(),
                String.join("; ", v.sources()), v.report(), v.evidence() == null ? null : v.evidence().text(),
                v.status(), v.reviewer(), v.corrections());
    }

    /** The feature of a placed event, or null when it has no coordinates. */
    public static Feature feature(IncidentView v) {
        Location l = v.location();
        if (l == null || !l.placed()) {
            return null;
        }
        return Feature.point(v.id(), l.longitude(), l.latitude(), of(v));
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    private static String side(Actor a) {
        return a == null ? null : a.side();
    }
}
