package org.sitrep.store.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.EventRow;
import org.sitrep.store.sources.StoredClaim;

/**
 * One event of an incident, as merging and the incident's summary need it: its sides, its window
 * and the columns the summary copies from its representative member.
 *
 * @param rank the event's id, or for an event of the report being stored (not inserted yet) a
 *             number above every id, in text order: the order ids will have
 * @param source   the event's source as stored (its name as the text gives it)
 * @param placeKey the event's own place key (a member pinned by people may lie elsewhere)
 * @param json the event's JSON, or null when it was not read (an event stored before this report)
 */
record Member(long rank, LocalDate date, String datePrecision, DateWindow window, String monthDay,
        String subEventType, boolean territorial, Sides sides, String sourceKey, String modality, int fatalities,
        double confidence, Integer geoPrecision, String placeName, String admin1, String country, Double latitude,
        Double longitude, String source, String placeKey, String json) {

    /** The event columns {@link #read} reads, for a query on {@code event e}. */
    static final String COLUMNS = "e.id, e.event_date, e.date_precision, e.window_start, e.window_end, e.month_day,"
            + " e.sub_event_type, e.territorial, e.actor1_side, e.actor2_side, e.source_key, e.modality,"
            + " e.fatalities, e.confidence, e.geo_precision, e.place_name, e.admin1, e.country, e.latitude,"
            + " e.longitude, e.source, e.place_key";

    /** Ranks of the events of the report being stored start here, above any id. */
    static final long NEW_RANKS = Long.MAX_VALUE / 2;

    boolean denied() {
        return "denied".equals(modality);
    }

    /**
     * A member from a row with {@link #COLUMNS} from column {@code first} on and, when
     * {@code withJson}, {@code e.event_json} right after them. By position: merging reads thousands
     * of members per report, and H2 upper-cases and hashes a column name on every get by name.
     */
    static Member read(ResultSet rs, int first, boolean withJson) throws SQLException {
        int i = first;
        long id = rs.getLong(i++);
        LocalDate date = Sql.getDate(rs, i++);
        String datePrecision = rs.getString(i++);
        LocalDate ws = Sql.getDate(rs, i++);
        LocalDate we = Sql.getDate(rs, i++);
        String monthDay = rs.getString(i++);
        String subEventType = rs.getString(i++);
        boolean territorial = rs.getBoolean(i++);
        Sides sides = new Sides(rs.getString(i++), rs.getString(i++), territorial);
        return new Member(id, date, datePrecision, ws == null || we == null ? null : new DateWindow(ws, we), monthDay,
                subEventType, territorial, sides, rs.getString(i++), rs.getString(i++), rs.getInt(i++),
                rs.getDouble(i++), Sql.getInteger(rs, i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                Sql.getDoubleOrNull(rs, i++), Sql.getDoubleOrNull(rs, i++), rs.getString(i++), rs.getString(i++),
                withJson ? rs.getString(i) : null);
    }

    /** A member for an event of the report being stored, the same as {@link #read} will read it back. */
    static Member of(EventRow row, String json) {
        Event e = row.event();
        Location loc = e.location();
        return new Member(NEW_RANKS + row.seq(), e.date(), e.datePrecision(), row.window(), e.monthDay(),
                e.subEventType(), row.territorial(), sidesOf(row), row.sourceKey(), row.modality(), e.fatalities(),
                e.confidence(), loc == null ? null : loc.geoPrecision(), loc == null ? null : loc.name(),
                loc == null ? null : loc.admin1(), row.country(), loc == null ? null : loc.latitude(),
                loc == null ? null : loc.longitude(), row.source(), row.placeKey(), json);
    }

    /** The member as {@link #read} reads it back once stored under {@code id} (its JSON unread). */
    Member asStored(long id) {
        return new Member(id, date, datePrecision, window, monthDay, subEventType, territorial, sides, sourceKey,
                modality, fatalities, confidence, geoPrecision, placeName, admin1, country, latitude, longitude, source,
                placeKey, null);
    }

    /** The member as reliability reads it, once stored in {@code incidentId}. */
    StoredClaim claim(long incidentId) {
        return new StoredClaim(incidentId, sourceKey, source, modality, fatalities, sides.actor1(), sides.actor2(),
                territorial, window, placeKey);
    }

    static Sides sidesOf(EventRow row) {
        return new Sides(row.actor1Side(), row.actor2Side(), row.territorial());
    }
}
