package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;
import org.sitrep.store.change.ChangeKind;
import org.sitrep.store.change.ChangeLog;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.review.EventFields;
import org.sitrep.store.review.Reconciler;
import org.sitrep.store.review.ReviewState;

/**
 * Writes incidents merging changed, each once per report and in batches: ones left without members
 * deleted first (their ids may be taken again at once by the same events read anew), new ones
 * inserted under their founder's stable id when it is free, changed ones updated. A reviewed
 * incident shows its reviewed fields over the summary its members give ({@link Reconciler}).
 */
final class IncidentWriter {
    private static final String SUMMARY_COLUMNS = "sub_event_type, window_start, window_end, month_day, event_date,"
            + " date_precision, place_name, admin1, country, latitude, longitude, fatalities_low, fatalities_high,"
            + " claim_count, corroboration, summary_json, updated_at";
    private static final String INSERT = "INSERT INTO incident (event_type, place_key, " + SUMMARY_COLUMNS
            + ", id) VALUES (" + Sql.placeholders(20) + ")";
    // a representative read without its JSON is the one the incident already shows: keep that JSON
    private static final String UPDATE = "UPDATE incident SET sub_event_type = ?, window_start = ?, window_end = ?,"
            + " month_day = ?, event_date = ?, date_precision = ?, place_name = ?, admin1 = ?, country = ?,"
            + " latitude = ?, longitude = ?, fatalities_low = ?, fatalities_high = ?, claim_count = ?,"
            + " corroboration = ?, summary_json = COALESCE(?, summary_json), updated_at = ? WHERE id = ?";
    private static final String RETYPE = "UPDATE incident SET event_type = ? WHERE id = ?";

    private IncidentWriter() {
    }

    static void write(Connection c, List<IncidentDraft> drafts, String extractorVersion, boolean byReviewer)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> deleted = new ArrayList<>();
        List<IncidentDraft> created = new ArrayList<>();
        List<IncidentDraft> updated = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            if (d.isNew()) {
                created.add(d);
            } else if (d.changed() && d.members().isEmpty()) {
                deleted.add(d.id());
            } else if (d.changed()) {
                updated.add(d);
            }
        }
        Map<Long, String> deletedControl = controlPlaces(c, deleted);
        Sql.batch(c, "DELETE FROM incident WHERE id = ?", deleted.stream().map(List::of).toList());
        assignIds(c, created);
        Set<Long> recreated = new HashSet<>();
        created.forEach(d -> recreated.add(d.id()));
        logChanges(c, deleted, deletedControl, recreated, created, updated);
        Sql.batch(c, "INSERT INTO event_deletion (incident_id, deleted_at, reason) VALUES (?, ?, 'removed')",
                deleted.stream().filter(id -> !recreated.contains(id)).map(id -> List.<Object>of(id, now)).toList());

        List<Long> written = new ArrayList<>();
        created.forEach(d -> written.add(d.id()));
        updated.forEach(d -> written.add(d.id()));
        Map<Long, ReviewState> reviews = ReviewState.read(c, written);
        List<List<?>> inserts = new ArrayList<>();
        List<List<?>> updates = new ArrayList<>();
        List<List<?>> retypes = new ArrayList<>();
        for (IncidentDraft d : created) {
            Columns cols = columns(c, d, reviews.get(d.id()), extractorVersion, byReviewer);
            List<Object> p = new ArrayList<>(Arrays.asList(cols.eventType, d.placeKey()));
            p.addAll(cols.values);
            p.add(now);
            p.add(d.id());
            inserts.add(p);
        }
        for (IncidentDraft d : updated) {
            Columns cols = columns(c, d, reviews.get(d.id()), extractorVersion, byReviewer);
            List<Object> p = new ArrayList<>(cols.values);
            p.add(now);
            p.add(d.id());
            updates.add(p);
            if (reviews.containsKey(d.id())) {
                retypes.add(List.of(cols.eventType, d.id()));
            }
        }
        Sql.batch(c, INSERT, inserts);
        Sql.batch(c, UPDATE, updates);
        Sql.batch(c, RETYPE, retypes);
    }

    /**
     * Appends to the change sequence what this write did: an incident deleted and created again
     * (a re-read report) changed, only deleted removed; a change of control at its place with it.
     */
    private static void logChanges(Connection c, List<Long> deleted, Map<Long, String> deletedControl,
            Set<Long> recreated, List<IncidentDraft> created, List<IncidentDraft> updated) throws SQLException {
        Set<Long> deletedIds = new HashSet<>(deleted);
        List<ChangeLog.Entry> log = new ArrayList<>();
        for (Long id : deleted) {
            if (!recreated.contains(id)) {
                log.add(new ChangeLog.Entry(ChangeKind.REMOVED, id, null));
                controlEntry(id, deletedControl.get(id), log);
            }
        }
        for (IncidentDraft d : created) {
            log.add(new ChangeLog.Entry(deletedIds.contains(d.id()) ? ChangeKind.CHANGED : ChangeKind.ADDED, d.id(), null));
            controlEntry(d.id(), territorial(d) ? d.placeKey() : deletedControl.get(d.id()), log);
        }
        for (IncidentDraft d : updated) {
            log.add(new ChangeLog.Entry(ChangeKind.CHANGED, d.id(), null));
            controlEntry(d.id(), territorial(d) ? d.placeKey() : null, log);
        }
        ChangeLog.append(c, log);
    }

    private static void controlEntry(long id, String placeKey, List<ChangeLog.Entry> log) {
        if (placeKey != null) {
            log.add(new ChangeLog.Entry(ChangeKind.CONTROL, id, placeKey));
        }
    }

    private static boolean territorial(IncidentDraft d) {
        return d.placeKey() != null && d.members().stream().anyMatch(Member::territorial);
    }

    /** The places of the incidents about to be deleted that were changes of control. */
    private static Map<Long, String> controlPlaces(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Sql.list(c, "SELECT id, sub_event_type, place_key FROM incident WHERE place_key IS NOT NULL AND id IN ("
                + Sql.placeholders(ids.size()) + ")", ids, rs -> {
                    String sub = rs.getString(2);
                    if (sub != null && safeTerritorial(sub)) {
                        out.put(rs.getLong(1), rs.getString(3));
                    }
                    return null;
                });
        return out;
    }

    private static boolean safeTerritorial(String subEventType) {
        try {
            return SubEventType.fromLabel(subEventType).isTerritorial();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Each new incident takes its wanted id unless another incident holds it, else a fresh one. */
    private static void assignIds(Connection c, List<IncidentDraft> created) throws SQLException {
        IncidentIds ids = new IncidentIds(c);
        Set<Long> taken = storedIds(c, created.stream().map(IncidentDraft::wantedId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        for (IncidentDraft d : created) {
            Long wanted = d.wantedId();
            boolean free = wanted != null && !taken.contains(wanted);
            long id = free ? wanted : ids.fresh();
            taken.add(id);
            d.assignId(id);
        }
    }

    /** Which of these ids stored incidents hold: one query for a report's new incidents. */
    private static Set<Long> storedIds(Connection c, List<Long> ids) throws SQLException {
        Set<Long> out = new HashSet<>();
        for (List<Long> part : Sql.chunks(ids)) {
            Sql.list(c, "SELECT id FROM incident WHERE id IN (" + Sql.placeholders(part.size()) + ")", part,
                    rs -> out.add(rs.getLong(1)));
        }
        return out;
    }

    /** An incident's columns: event type, then the summary columns in {@link #SUMMARY_COLUMNS}' order. */
    private record Columns(String eventType, List<Object> values) {
    }

    private static Columns columns(Connection c, IncidentDraft d, ReviewState review, String extractorVersion,
            boolean byReviewer) throws SQLException {
        IncidentSummary s = IncidentSummary.of(d.members());
        Member rep = s.representative();
        if (review == null) {
            return new Columns(d.eventType(), new ArrayList<>(Arrays.asList(rep.subEventType(),
                    s.window() == null ? null : s.window().start(), s.window() == null ? null : s.window().end(),
                    rep.monthDay(), rep.date(), rep.datePrecision(), rep.placeName(), rep.admin1(), rep.country(),
                    rep.latitude(), rep.longitude(), s.fatalitiesLow(), s.fatalitiesHigh(), s.claimCount(),
                    s.corroboration(), rep.json())));
        }
        Event machine = SitrepJson.readEvent(rep.json() != null ? rep.json()
                : Sql.first(c, "SELECT event_json FROM event WHERE id = ?", List.of(rep.rank()), rs -> rs.getString(1))
                        .orElseThrow(() -> new SQLException("event " + rep.rank() + " of incident " + d.id() + " missing")));
        EventFields shown = Reconciler.shown(c, review, EventFields.of(machine, s.fatalitiesLow()),
                extractorVersion, byReviewer);
        return reviewed(shown, shown.applyTo(machine), s);
    }

    /** The columns of a reviewed incident: its reviewed fields over its members' summary. */
    static Columns reviewed(EventFields f, Event shown, IncidentSummary s) {
        DateWindow window = f.date() == null ? s.window() : DateWindow.of(f.date(), f.datePrecision());
        int fatalities = f.fatalities() == null ? s.fatalitiesLow() : f.fatalities();
        EventFields.Place p = f.place();
        return new Columns(f.type(), new ArrayList<>(Arrays.asList(f.subType(),
                window == null ? null : window.start(), window == null ? null : window.end(),
                shown.monthDay(), f.date(), f.datePrecision(), p == null ? null : p.name(), p == null ? null : p.admin1(),
                s.representative().country(), p == null ? null : p.latitude(), p == null ? null : p.longitude(),
                fatalities, Math.max(fatalities, s.fatalitiesHigh()), s.claimCount(), s.corroboration(),
                SitrepJson.eventLine(shown))));
    }
}
