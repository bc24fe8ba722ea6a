package org.sitrep.server.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.StampedMap;
import org.sitrep.server.view.IncidentView;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.ReviewState;

/**
 * The list form of some incidents, by id: each incident's summary columns and its accounts'
 * sources, without parsing every account (the detail, {@code /api/events/{id}}, has them all).
 * Summaries are kept until the store changes: pages repeat (first pages, the map's views), and
 * reading a summary costs more than finding the page.
 */
public final class IncidentSummaries {
    /**
     * Summaries kept (forty pages of 50): the pages asked again soon. A summary kept outlives the young
     * generation and is copied into the old one; 50,000 kept at 1M events cost the collector 22-23 MB a
     * young collection against 19-20 with 2,000, for no CPU saved that the API benchmark could tell
     * (most of a million incidents are read once); at 100,000 events no slower either.
     */
    private static final int KEPT = 2_000;

    private final Database db;
    private final LiveEventIndex index;
    private final StampedMap<Long, IncidentView> kept;

    /** @param index the events in memory, which know each incident's accounts and their sources */
    public IncidentSummaries(Database db, LiveEventIndex index) {
        this.db = db;
        this.index = index;
        this.kept = new StampedMap<>(db, KEPT);
    }

    /** The incidents in the order of {@code ids}; ids no longer stored are left out. */
    public List<IncidentView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, IncidentView> views = kept.getAll(ids, this::read);
        return ids.stream().map(views::get).filter(Objects::nonNull).toList();
    }

    /** The summaries of the incidents stored, read in one snapshot. */
    private Map<Long, IncidentView> read(Collection<Long> ids) {
        String in = " IN (" + Sql.placeholders(ids.size()) + ")";
        List<Long> params = List.copyOf(ids);
        return db.read(c -> {
            Map<Long, Incident> heads = new HashMap<>();
            Sql.list(c, "SELECT id, event_type, sub_event_type, event_date, date_precision, window_start, window_end,"
                    + " place_key, fatalities_low, fatalities_high, corroboration, summary_json FROM incident WHERE id"
                    + in, params, rs -> {
                        LocalDate ws = Sql.getDate(rs, "window_start");
                        LocalDate we = Sql.getDate(rs, "window_end");
                        Incident i = new Incident(rs.getLong("id"), rs.getString("event_type"),
                                rs.getString("sub_event_type"), Sql.getDate(rs, "event_date"),
                                rs.getString("date_precision"), ws == null || we == null ? null : new DateWindow(ws, we),
                                rs.getString("place_key"), rs.getInt("fatalities_low"), rs.getInt("fatalities_high"),
                                rs.getInt("corroboration"), SitrepJson.readEvent(rs.getString("summary_json")), List.of());
                        return heads.put(i.id(), i);
                    });
            // from memory: reading the accounts' rows for their sources was half of a page's time at 1M events
            Map<Long, List<String>> sources = index.sourcesOf(params);
            Map<Long, ReviewState> reviews = ReviewState.read(c, params);
            Map<Long, IncidentView> out = new HashMap<>();
            heads.forEach((id, i) -> {
                List<String> told = sources.getOrDefault(id, List.of());
                out.put(id, IncidentView.summary(i, told.size(), told.stream().filter(Objects::nonNull).distinct()
                        .toList()).withReview(reviews.get(id)));
            });
            return out;
        });
    }
}
