package org.sitrep.server.view;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.store.control.ContestedPeriod;
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.control.Holding;
import org.sitrep.store.control.PlaceRef;
import org.sitrep.store.control.PlaceTimeline;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.merge.Claim;

/**
 * A place and its control timeline: each change of control with every source's account, the
 * periods sources disagree on (by incident id), and the changes whose year is unknown.
 */
public record PlaceView(Place place, List<Change> changes, List<Contested> contested, List<Change> undated) {

    /** A place as the store knows it; {@code id} is its key, as {@code /api/places/{id}} takes it. */
    public record Place(String id, String name, String admin1, String country, Double latitude, Double longitude) {
        public static Place of(PlaceRef p) {
            return new Place(p.placeKey(), p.name(), p.admin1(), p.country(), p.latitude(), p.longitude());
        }
    }

    /** A change of control: the side that took the place, on whose word. */
    public record Change(long incidentId, LocalDate date, String datePrecision, DateWindow window, String side,
            String actor, boolean disputed, List<String> sources, List<Claim> claims) {
        public static Change of(ControlChange c) {
            return new Change(c.incidentId(), c.date(), c.datePrecision(), c.window(), c.side(), c.actor(),
                    c.disputed(), c.sources(), c.claims());
        }
    }

    public record Contested(LocalDate from, LocalDate to, List<String> sides, List<Long> incidents) {
        static Contested of(ContestedPeriod p) {
            return new Contested(p.from(), p.to(), p.sides(), p.changes().stream().map(ControlChange::incidentId)
                    .toList());
        }
    }

    public static PlaceView of(PlaceTimeline t) {
        return new PlaceView(Place.of(t.place()), t.changes().stream().map(Change::of).toList(),
                t.contested().stream().map(Contested::of).toList(), t.undated().stream().map(Change::of).toList());
    }

    /** A place in the list of places: its latest holder and how many changes it saw. */
    public record Summary(Place place, int changes, boolean everContested, String latestSide, LocalDate latestChange) {
        public static Summary of(PlaceTimeline t) {
            ControlChange last = t.changes().isEmpty() ? null : t.changes().get(t.changes().size() - 1);
            Holding h = last == null ? null : t.holderOn(last.date());
            return new Summary(Place.of(t.place()), t.changes().size() + t.undated().size(), !t.contested().isEmpty(),
                    h == null ? null : h.side(), last == null ? null : last.date());
        }
    }
}
