package org.sitrep.store.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * The events that most need a person, first: unreviewed ones and those the machine now reads
 * otherwise, scored by what makes a mistake likely or costly: sources that disagree, a low
 * confidence, many deaths, a change of control, a place known only as a region's centre.
 */
public final class ReviewQueue {
    /** One event in the queue, with why it is there. */
    public record Entry(long eventId, double score, List<String> reasons) {
    }

    /** Below this confidence an event is a likely mistake. */
    static final double LOW_CONFIDENCE = 0.6;
    static final int MANY_DEATHS = 10;
    /** ACLED's geo precision 3: the region, placed at its centre. */
    static final int REGION_CENTRE = 3;

    private static final String CANDIDATES = "SELECT i.id, i.fatalities_low, i.fatalities_high, r.status,"
            + " MIN(e.confidence) AS confidence, MIN(e.geo_precision) AS geo,"
            + " SUM(CASE WHEN e.modality = 'denied' THEN 1 ELSE 0 END) AS denials,"
            + " COUNT(DISTINCT e.actor1_side) AS sides, COUNT(DISTINCT e.sub_event_type) AS kinds,"
            + " MAX(CASE WHEN e.territorial THEN 1 ELSE 0 END) AS territorial"
            + " FROM incident i JOIN event e ON e.incident_id = i.id"
            + " LEFT JOIN event_review r ON r.incident_id = i.id"
            + " WHERE r.status IS NULL OR r.status = 'needs_review'"
            + " GROUP BY i.id, i.fatalities_low, i.fatalities_high, r.status";

    private final Database db;

    public ReviewQueue(Database db) {
        this.db = db;
    }

    public Page<Entry> page(PageRequest page) {
        List<Entry> all = db.read(c -> Sql.list(c, CANDIDATES, List.of(), rs -> {
            List<String> reasons = new ArrayList<>();
            double score = 0;
            if ("needs_review".equals(rs.getString("status"))) {
                score += 5;
                reasons.add("the machine now reads it otherwise");
            }
            int low = rs.getInt("fatalities_low");
            int high = rs.getInt("fatalities_high");
            if (low != high || rs.getInt("denials") > 0 || rs.getInt("sides") > 1 || rs.getInt("kinds") > 1) {
                score += 3;
                reasons.add("conflicting claims");
            }
            double confidence = rs.getDouble("confidence");
            if (confidence < LOW_CONFIDENCE) {
                score += 2 + (LOW_CONFIDENCE - confidence) * 5;
                reasons.add("low confidence");
            }
            score += Math.min(3, Math.log10(1 + high) * 1.5);
            if (high >= MANY_DEATHS) {
                reasons.add("many deaths");
            }
            if (rs.getInt("territorial") == 1) {
                score += 2;
                reasons.add("change of control");
            }
            Integer geo = Sql.getInteger(rs, "geo");
            if (geo != null && geo >= REGION_CENTRE) {
                score += 2;
                reasons.add("placed at a region's centre");
            }
            return new Entry(rs.getLong("id"), Math.round(score * 100) / 100.0, List.copyOf(reasons));
        }));
        all.sort(Comparator.comparingDouble(Entry::score).reversed().thenComparingLong(Entry::eventId));
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(all.size(), from + page.limit());
        return new Page<>(all.subList(from, to), all.size(), page.offset(), page.limit());
    }
}
