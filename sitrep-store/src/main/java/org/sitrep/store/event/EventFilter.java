package org.sitrep.store.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.db.Keys;
import org.sitrep.store.db.Sql;

/**
 * An {@link EventQuery} as a SQL condition on the {@code event} table (alias {@code e}) with its
 * parameters. Only set fields add a condition, so no untyped null is ever bound.
 */
public record EventFilter(String where, List<Object> params) {
    private static final String EVERYTHING = "1 = 1";

    /** No condition: every event matches. */
    public boolean matchesAll() {
        return EVERYTHING.equals(where);
    }

    public static EventFilter of(EventQuery q) {
        List<String> conds = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.from() != null) {
            conds.add("e.event_date >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            conds.add("e.event_date <= ?");
            params.add(q.to());
        }
        if (blank(q.eventType()) != null) {
            conds.add("LOWER(e.event_type) = ?");
            params.add(q.eventType().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (blank(q.subEventType()) != null) {
            conds.add("LOWER(e.sub_event_type) = ?");
            params.add(q.subEventType().trim().toLowerCase(java.util.Locale.ROOT));
        }
        String actor = Keys.of(q.actor());
        if (actor != null) {
            conds.add("EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id"
                    + " AND (a.name_key = ? OR a.parent_key = ?))");
            params.add(actor);
            params.add(actor);
        }
        String side = Keys.of(q.side());
        if (side != null) {
            conds.add("EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id AND a.side_key = ?)");
            params.add(side);
        }
        String place = Keys.of(q.place());
        if (place != null) {
            conds.add("(e.place_name_key = ? OR e.mention_key = ?)");
            params.add(place);
            params.add(place);
        }
        String governorate = Keys.of(q.governorate());
        if (governorate != null) {
            conds.add("e.admin1_key = ?");
            params.add(governorate);
        }
        String admin2 = Keys.of(q.admin2());
        if (admin2 != null) {
            conds.add("e.admin2_key = ?");
            params.add(admin2);
        }
        String country = Keys.of(q.country());
        if (country != null) {
            conds.add("e.country_key = ?");
            params.add(country);
        }
        if (q.bbox() != null) {
            conds.add("e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?");
            params.add(q.bbox().south());
            params.add(q.bbox().north());
            params.add(q.bbox().west());
            params.add(q.bbox().east());
        }
        String source = Keys.of(q.source());
        if (source != null) {
            conds.add("(e.source_key = ? OR e.outlet_key = ?)");
            params.add(source);
            params.add(source);
        }
        String text = Keys.of(q.text());
        if (text != null) {
            conds.add("e.evidence_key LIKE ? ESCAPE '\\'");
            params.add(Sql.likeContains(text));
        }
        if (blank(q.reportId()) != null) {
            conds.add("e.report_id = ?");
            params.add(q.reportId());
        }
        return new EventFilter(conds.isEmpty() ? EVERYTHING : String.join(" AND ", conds), params);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
