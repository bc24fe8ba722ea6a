package org.sitrep.store.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.merge.IncidentStore;

/**
 * Control of places over time, derived from the stored territorial events (so it is always in
 * step with what reports say): each place's timeline, who held a place on a date, and the control
 * map on a date. Every place's timelines are kept and brought up to date by what changed
 * ({@link KeptTimelines}); one place's is read on its own.
 */
public final class ControlTimeline {
    private static final String SELECT = "SELECT e.id, e.report_id, e.source, e.modality, e.event_json,"
            + " e.incident_id, e.window_start, e.window_end, e.actor1_side, e.place_key, e.place_name, e.admin1,"
            + " e.country, e.latitude, e.longitude FROM event e WHERE e.territorial = TRUE"
            + " AND e.place_key IS NOT NULL";

    private final Database db;
    private final KeptTimelines kept;

    public ControlTimeline(Database db) {
        this.db = db;
        this.kept = new KeptTimelines(db, SELECT);
    }

    /** The places with at least one change of control, by name. */
    public List<PlaceRef> places() {
        return kept.current().values().stream().map(PlaceTimeline::place)
                .sorted(java.util.Comparator.comparing(p -> p.name() == null ? "" : p.name()))
                .toList();
    }

    /** The timelines of all places with a change of control. */
    public List<PlaceTimeline> timelines() {
        return List.copyOf(kept.current().values());
    }

    /** The timeline of one place; empty if it has no change of control. */
    public Optional<PlaceTimeline> timeline(String placeKey) {
        return Optional.ofNullable(timeline(db, placeKey));
    }

    /** Who held the place on {@code date}; an unknown holder when the place has no recorded change. */
    public Holding holderOn(String placeKey, LocalDate date) {
        return timeline(placeKey).map(t -> t.holderOn(date))
                .orElse(new Holding(new PlaceRef(placeKey, null, null, null, null, null), date, null, null, false,
                        List.of()));
    }

    /** For every place with a change of control on or before {@code date}: who held it then. */
    public List<Holding> controlMap(LocalDate date) {
        List<Holding> out = new ArrayList<>();
        for (PlaceTimeline t : kept.current().values()) {
            Holding h = t.holderOn(date);
            if (h.basis() != null) {
                out.add(h);
            }
        }
        return out;
    }

    /** One place's timeline read on its own (a place page): its rows only, through the place index. */
    private static PlaceTimeline timeline(Database db, String placeKey) {
        List<TerritorialClaim> rows = db.read(c -> Sql.list(c, SELECT + " AND e.place_key = ? ORDER BY e.id",
                List.of(placeKey), ControlTimeline::claim));
        return rows.isEmpty() ? null : TimelineBuilder.build(bestPlace(rows), rows);
    }

    /** The place as shown: from the first claim that has coordinates, else the first. */
    static PlaceRef bestPlace(List<TerritorialClaim> claims) {
        return claims.stream().map(TerritorialClaim::place).filter(p -> p.latitude() != null).findFirst()
                .orElse(claims.get(0).place());
    }

    static TerritorialClaim claim(ResultSet rs) throws SQLException {
        LocalDate ws = Sql.getDate(rs, "window_start");
        LocalDate we = Sql.getDate(rs, "window_end");
        PlaceRef place = new PlaceRef(rs.getString("place_key"), rs.getString("place_name"), rs.getString("admin1"),
                rs.getString("country"), Sql.getDoubleOrNull(rs, "latitude"), Sql.getDoubleOrNull(rs, "longitude"));
        return new TerritorialClaim(rs.getLong("incident_id"), IncidentStore.claim(rs),
                ws == null || we == null ? null : new DateWindow(ws, we), rs.getString("actor1_side"), place);
    }
}
