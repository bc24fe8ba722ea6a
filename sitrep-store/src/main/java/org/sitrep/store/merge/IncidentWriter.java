package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.store.db.Sql;

/**
 * Writes incidents merging changed, each once per report and in batches: new ones inserted with
 * their summary, changed ones updated, ones left without members deleted.
 */
final class IncidentWriter {
    private static final String SUMMARY_COLUMNS = "sub_event_type, window_start, window_end, month_day, event_date,"
            + " date_precision, place_name, admin1, country, latitude, longitude, fatalities_low, fatalities_high,"
            + " claim_count, corroboration, summary_json";
    private static final String INSERT = "INSERT INTO incident (event_type, place_key, " + SUMMARY_COLUMNS
            + ") VALUES (" + Sql.placeholders(18) + ")";
    // a representative read without its JSON is the one the incident already shows: keep that JSON
    private static final String UPDATE = "UPDATE incident SET sub_event_type = ?, window_start = ?, window_end = ?,"
            + " month_day = ?, event_date = ?, date_precision = ?, place_name = ?, admin1 = ?, country = ?,"
            + " latitude = ?, longitude = ?, fatalities_low = ?, fatalities_high = ?, claim_count = ?,"
            + " corroboration = ?, summary_json = COALESCE(?, summary_json) WHERE id = ?";

    private IncidentWriter() {
    }

    static void write(Connection c, List<IncidentDraft> drafts) throws SQLException {
        List<IncidentDraft> created = new ArrayList<>();
        List<List<?>> inserts = new ArrayList<>();
        List<List<?>> updates = new ArrayList<>();
        List<List<?>> deletes = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            if (d.isNew()) {
                List<Object> p = new ArrayList<>(List.of(d.eventType()));
                p.add(d.placeKey());
                p.addAll(summaryParams(IncidentSummary.of(d.members())));
                created.add(d);
                inserts.add(p);
            } else if (d.changed() && d.members().isEmpty()) {
                deletes.add(List.of(d.id()));
            } else if (d.changed()) {
                List<Object> p = summaryParams(IncidentSummary.of(d.members()));
                p.add(d.id());
                updates.add(p);
            }
        }
        long[] ids = Sql.insertBatch(c, INSERT, inserts);
        for (int i = 0; i < ids.length; i++) {
            created.get(i).assignId(ids[i]);
        }
        Sql.batch(c, UPDATE, updates);
        Sql.batch(c, "DELETE FROM incident WHERE id = ?", deletes);
    }

    private static List<Object> summaryParams(IncidentSummary s) {
        Member rep = s.representative();
        return new ArrayList<>(Arrays.asList(rep.subEventType(),
                s.window() == null ? null : s.window().start(), s.window() == null ? null : s.window().end(),
                rep.monthDay(), rep.date(), rep.datePrecision(), rep.placeName(), rep.admin1(), rep.country(),
                rep.latitude(), rep.longitude(), s.fatalitiesLow(), s.fatalitiesHigh(), s.claimCount(),
                s.corroboration(), rep.json()));
    }
}
