package org.sitrep.store.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;
import org.sitrep.store.db.Keys;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.merge.Incident;

/**
 * A watch list entry: what to watch (a place by name, an actor by name or a box; at least one, all
 * that are given must match), the optional conditions, and where to post the alert.
 *
 * @param startSeq the change sequence's head when it was added: only events added after match
 */
public record AlertRule(long id, String owner, String place, String actor, BoundingBox bbox, Integer minDeaths,
        boolean changesOfControl, String webhook, Instant createdAt, long startSeq) {

    /** Checks what a person asked for; the message of the exception names the problem in one line. */
    public static AlertRule draft(String owner, String place, String actor, BoundingBox bbox, Integer minDeaths,
            boolean changesOfControl, String webhook) {
        place = blankToNull(place);
        actor = blankToNull(actor);
        if (place == null && actor == null && bbox == null) {
            throw new IllegalArgumentException("an alert watches a place, an actor or a box: give one of them");
        }
        if (bbox != null && (outside(bbox.west(), 180) || outside(bbox.east(), 180) || outside(bbox.south(), 90)
                || outside(bbox.north(), 90))) {
            throw new IllegalArgumentException("the box's longitudes are within -180..180 and latitudes within -90..90");
        }
        if (minDeaths != null && minDeaths < 0) {
            throw new IllegalArgumentException("the minimum of deaths is 0 or more, not " + minDeaths);
        }
        return new AlertRule(0, owner, place, actor, bbox, minDeaths, changesOfControl, Webhooks.check(webhook),
                null, 0);
    }

    /** Whether a (newly added) event is one this rule watches for. */
    public boolean matches(Incident incident) {
        Event e = incident.summary();
        Location loc = e.location();
        if (place != null && (loc == null || !Objects.equals(Keys.of(place), Keys.of(loc.name()))
                && !Objects.equals(Keys.of(place), Keys.of(loc.mention())))) {
            return false;
        }
        if (actor != null && actors(e).noneMatch(a -> Keys.of(actor).equals(Keys.of(a)))) {
            return false;
        }
        if (bbox != null && (loc == null || loc.latitude() == null || loc.longitude() == null
                || loc.latitude() < bbox.south() || loc.latitude() > bbox.north()
                || loc.longitude() < bbox.west() || loc.longitude() > bbox.east())) {
            return false;
        }
        if (minDeaths != null && incident.fatalitiesLow() < minDeaths) {
            return false;
        }
        return !changesOfControl || territorial(incident.subEventType());
    }

    /** What it watches, as a person would say it. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (place != null) {
            parts.add("place " + place);
        }
        if (actor != null) {
            parts.add("actor " + actor);
        }
        if (bbox != null) {
            parts.add("box " + bbox.west() + "," + bbox.south() + "," + bbox.east() + "," + bbox.north());
        }
        if (minDeaths != null) {
            parts.add("at least " + minDeaths + " killed");
        }
        if (changesOfControl) {
            parts.add("changes of control");
        }
        return String.join(", ", parts);
    }

    private static Stream<String> actors(Event e) {
        List<Actor> all = new ArrayList<>();
        Stream.of(e.actor1(), e.actor2()).filter(Objects::nonNull).forEach(all::add);
        all.addAll(e.assocActor1());
        all.addAll(e.assocActor2());
        return all.stream().flatMap(a -> Stream.of(a.name(), a.parent())).filter(Objects::nonNull);
    }

    private static boolean territorial(String subEventType) {
        try {
            return subEventType != null && SubEventType.fromLabel(subEventType).isTerritorial();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean outside(double v, double limit) {
        return Double.isNaN(v) || v < -limit || v > limit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
