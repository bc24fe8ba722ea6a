package org.sitrep.store.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * The fields of an event a person may review: what the history records before and after each
 * change, and what a correction lays over the machine's reading.
 *
 * @param fatalities   the conservative figure the event shows
 * @param attribution  who says so (the source)
 */
public record EventFields(String type, String subType, LocalDate date, String datePrecision, Party actor1,
        Party actor2, Place place, Integer fatalities, String attribution, String modality) {

    /** An actor and its side. */
    public record Party(String name, String side) {
    }

    /** A place: a gazetteer place or a point (name and admin1 may then be the analyst's words). */
    public record Place(String name, String admin1, Double latitude, Double longitude, Integer geoPrecision) {
    }

    /** The reviewable fields of an event, with the incident's conservative fatality figure. */
    public static EventFields of(Event e, int fatalities) {
        Location l = e.location();
        Attribution a = e.attribution();
        return new EventFields(e.eventType(), e.subEventType(), e.date(), e.datePrecision(), party(e.actor1()),
                party(e.actor2()), l == null ? null : new Place(l.name(), l.admin1(), l.latitude(), l.longitude(),
                        l.geoPrecision()), fatalities, a == null ? null : a.source(), a == null ? null : a.modality());
    }

    private static Party party(Actor a) {
        return a == null ? null : new Party(a.name(), a.side());
    }

    /** {@code e} with these fields in place of its own (the rest of the event kept). */
    public Event applyTo(Event e) {
        Location l = e.location();
        Location place = this.place == null ? l : new Location(this.place.name(),
                l == null || !Objects.equals(l.name(), this.place.name()) ? this.place.name() : l.mention(),
                l == null ? List.of() : l.alternateNames(), this.place.admin1(),
                l == null || !Objects.equals(l.name(), this.place.name()) ? null : l.admin2(),
                l == null ? e.country() : l.country(), this.place.latitude(), this.place.longitude(),
                this.place.geoPrecision(), placeRule(l), l == null ? null : l.placeId());
        Attribution attr = attribution == null && modality == null ? e.attribution()
                : new Attribution(attribution, modality);
        return new Event(e.report(), date, datePrecision, date == null ? e.monthDay() : null, type, subType,
                actor(this.actor1, e.actor1()), actor(this.actor2, e.actor2()), e.assocActor1(), e.assocActor2(),
                place, e.country(), fatalities == null ? e.fatalities() : fatalities, e.prisoners(), e.materiel(),
                attr, e.confidence(), e.evidence());
    }

    private String placeRule(Location l) {
        boolean moved = l == null || !Objects.equals(l.latitude(), place.latitude())
                || !Objects.equals(l.longitude(), place.longitude()) || !Objects.equals(l.name(), place.name());
        return moved ? "reviewed" : l.rule();
    }

    private static Actor actor(Party p, Actor machine) {
        if (p == null) {
            return null;
        }
        if (machine != null && Objects.equals(machine.name(), p.name())) {
            return new Actor(machine.name(), p.side(), machine.inter(), machine.parent());
        }
        return new Actor(p.name(), p.side(), null, null);
    }

    /** The names of the fields that differ between these and {@code other}, in the API's spelling. */
    public List<String> differences(EventFields other) {
        List<String> out = new ArrayList<>();
        diff(out, "type", type, other.type);
        diff(out, "sub_type", subType, other.subType);
        diff(out, "date", date, other.date);
        diff(out, "date_precision", datePrecision, other.datePrecision);
        diff(out, "actor1", actor1, other.actor1);
        diff(out, "actor2", actor2, other.actor2);
        diff(out, "place", place, other.place);
        diff(out, "fatalities", fatalities, other.fatalities);
        diff(out, "attribution", attribution, other.attribution);
        diff(out, "modality", modality, other.modality);
        return out;
    }

    private static void diff(List<String> out, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(name);
        }
    }

    public String json() {
        try {
            return SitrepJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event fields", e);
        }
    }

    public static EventFields read(String json) {
        try {
            return json == null ? null : SitrepJson.mapper().readValue(json, EventFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event fields unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
