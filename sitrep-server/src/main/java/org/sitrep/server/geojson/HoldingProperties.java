package org.sitrep.server.geojson;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.control.Holding;

/**
 * Who held a place on the map's date: {@code side} is null when sources disagree ({@code contested},
 * with the sides they give in {@code claimed_sides}); {@code basis} is the latest change of control
 * on or before the date, on whose word.
 */
public record HoldingProperties(String placeId, String name, String admin1, String country, String side,
        boolean contested, List<String> claimedSides, LocalDate since, Basis basis) {

    public record Basis(long incidentId, LocalDate date, String datePrecision, String side, String actor,
            boolean disputed, List<String> sources) {
        static Basis of(ControlChange c) {
            return c == null ? null : new Basis(c.incidentId(), c.date(), c.datePrecision(), c.side(), c.actor(),
                    c.disputed(), c.sources());
        }
    }

    public static HoldingProperties of(Holding h) {
        return new HoldingProperties(h.place().placeKey(), h.place().name(), h.place().admin1(), h.place().country(),
                h.side(), h.contested(), h.claimedSides(), h.since(), Basis.of(h.basis()));
    }
}
