package org.sitrep.store.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.store.change.ChangeKind;
import org.sitrep.store.change.ChangeLog;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;
import org.sitrep.store.merge.EventMerger;
import org.sitrep.store.merge.IncidentIds;
import org.sitrep.store.sources.SourceStore;

/**
 * Analysts' decisions on events (merged incidents): confirm, correct, reject, merge two, split one.
 * Each decision is one transaction that appends to the history, sets the event's review, pins its
 * accounts to it (so a re-ingest puts them back) and writes the event again with its reviewed
 * fields. Unknown events are {@link NoSuchElementException}, bad changes
 * {@link IllegalArgumentException}, decisions that cannot apply {@link IllegalStateException}.
 */
public final class ReviewStore {
    private static final String EXTRACTOR = "extractor";

    private final Database db;
    private final SourceStore sources;

    /** @param sources told which incidents a decision changed: analysts' decisions are evidence on sources */
    public ReviewStore(Database db, SourceStore sources) {
        this.db = db;
        this.sources = sources;
    }

    /** Confirms, corrects ({@code changes} by field) or rejects an event; returns its review. */
    public ReviewState review(long eventId, ReviewAction action, Map<String, ?> changes, String reviewer, String reason) {
        return db.write(c -> {
            ReviewState state = stateOrOriginal(c, eventId);
            requireNotMerged(state);
            EventFields before = state.reviewed();
            EventFields after = before;
            int corrections = state.corrections();
            if (action == ReviewAction.CORRECT) {
                after = FieldChanges.apply(before, changes);
                if (after.equals(before)) {
                    throw new IllegalArgumentException("the changes leave event " + eventId + " as it is");
                }
                corrections++;
            } else if (changes != null && !changes.isEmpty()) {
                throw new IllegalArgumentException("only 'correct' takes changes, not '" + action.label() + "'");
            }
            ReviewState next = decided(state, action.status(), after, reviewer, corrections);
            next.save(c);
            Revisions.append(c, eventId, reviewer, action.label(), before, after, reason, null);
            pinMembers(c, eventId);
            rewrite(c, List.of(eventId));
            if (action == ReviewAction.REJECT) {
                // after the rewrite: the change sequence ends with the removal, not the rewritten summary
                deleted(c, eventId, "rejected");
            }
            return next;
        });
    }

    /** Merges {@code otherId} into {@code intoId}: its accounts join it, it becomes {@code merged}. */
    public ReviewState merge(long intoId, long otherId, String reviewer, String reason) {
        if (intoId == otherId) {
            throw new IllegalArgumentException("an event cannot be merged into itself");
        }
        return db.write(c -> {
            ReviewState into = stateOrOriginal(c, intoId);
            ReviewState other = stateOrOriginal(c, otherId);
            requireNotMerged(into);
            requireNotMerged(other);
            Sql.update(c, "UPDATE event SET incident_id = ? WHERE incident_id = ?", List.of(intoId, otherId));
            ReviewState gone = new ReviewState(otherId, ReviewStatus.MERGED, intoId, other.reviewed(),
                    other.machine(), null, reviewer, other.corrections(), Instant.now());
            gone.save(c);
            Revisions.append(c, otherId, reviewer, "merged_into", other.reviewed(), other.reviewed(),
                    withNote(reason, "merged into event " + intoId), null);
            ReviewState kept = decided(into, into.status().reviewed() && into.status().visible() ? into.status()
                    : ReviewStatus.CONFIRMED, into.reviewed(), reviewer, into.corrections());
            kept.save(c);
            Revisions.append(c, intoId, reviewer, "merge", into.reviewed(), into.reviewed(),
                    withNote(reason, "event " + otherId + " merged into it"), null);
            pinMembers(c, intoId);
            rewrite(c, List.of(intoId, otherId));
            return kept;
        });
    }

    /**
     * Moves one account (by its id in the event's {@code claims}) out of an event into an event of
     * its own; returns the new event's review.
     */
    public ReviewState split(long eventId, long claimId, String reviewer, String reason) {
        return db.write(c -> {
            ReviewState from = stateOrOriginal(c, eventId);
            requireNotMerged(from);
            Optional<String> key = Sql.first(c, "SELECT stable_key FROM event WHERE id = ? AND incident_id = ?",
                    List.of(claimId, eventId), rs -> String.valueOf(rs.getString(1)));
            if (key.isEmpty()) {
                throw new NoSuchElementException("event " + eventId + " has no account " + claimId);
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM event WHERE incident_id = ?", List.of(eventId)) < 2) {
                throw new IllegalStateException("event " + eventId + " has one account only: nothing to split");
            }
            IncidentIds ids = new IncidentIds(c);
            long newId = ids.forKey(key.get());
            if (exists(c, newId)) {
                newId = ids.fresh();
            }
            Sql.update(c, "INSERT INTO incident (id, event_type, place_key, fatalities_low, fatalities_high, claim_count,"
                    + " corroboration, summary_json, updated_at) SELECT ?, event_type, place_key, fatalities, fatalities,"
                    + " 1, 1, event_json, ? FROM event WHERE id = ?", List.of(newId, Timestamp.from(Instant.now()), claimId));
            Sql.update(c, "UPDATE event SET incident_id = ? WHERE id = ?", List.of(newId, claimId));
            ReviewState kept = decided(from, from.status().reviewed() ? from.status() : ReviewStatus.CONFIRMED,
                    from.reviewed(), reviewer, from.corrections());
            kept.save(c);
            Revisions.append(c, eventId, reviewer, "split", from.reviewed(), from.reviewed(),
                    withNote(reason, "account " + claimId + " moved out to event " + newId), null);
            ReviewState created = stateOrOriginal(c, newId);
            ReviewState separate = decided(created, ReviewStatus.CONFIRMED, created.reviewed(), reviewer, 0);
            separate.save(c);
            Revisions.append(c, newId, reviewer, "split_from", created.reviewed(), created.reviewed(),
                    withNote(reason, "moved out of event " + eventId), null);
            pinMembers(c, eventId);
            pinMembers(c, newId);
            rewrite(c, List.of(eventId, newId));
            return separate;
        });
    }

    /** The events that most need a person, first. */
    public ReviewQueue queue() {
        return new ReviewQueue(db);
    }

    /** The event's history, oldest first (empty while nobody reviewed it). */
    public List<Revision> history(long eventId) {
        return db.read(c -> Revisions.of(c, eventId));
    }

    public Optional<ReviewState> state(long eventId) {
        return db.read(c -> ReviewState.read(c, eventId));
    }

    public List<ReviewState> all() {
        return db.read(ReviewState::all);
    }

    /** Events that left the record after {@code since}, oldest first. */
    public List<Deletion> deletedSince(Instant since) {
        return db.read(c -> Sql.list(c, "SELECT incident_id, deleted_at, reason FROM event_deletion WHERE deleted_at > ?"
                + " ORDER BY id", List.of(Timestamp.from(since)), rs -> new Deletion(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3))));
    }

    /** When each event changed after {@code since} (by ingest or review), by id. */
    public Map<Long, Instant> updatedSince(Instant since) {
        Map<Long, Instant> out = new java.util.HashMap<>();
        db.read(c -> Sql.list(c, "SELECT id, updated_at FROM incident WHERE updated_at > ?",
                List.of(Timestamp.from(since)), rs -> out.put(rs.getLong(1), rs.getTimestamp(2).toInstant())));
        return out;
    }

    /** The extractor version of the report an event's representative account comes from. */
    public Optional<String> extractorVersion(long eventId) {
        return db.read(c -> extractorVersion(c, eventId));
    }

    private static Optional<String> extractorVersion(Connection c, long eventId) throws SQLException {
        return Sql.first(c, "SELECT r.extractor_version FROM event e JOIN report r ON r.id = e.report_id"
                + " WHERE e.incident_id = ? ORDER BY e.id", List.of(eventId), rs -> rs.getString(1));
    }

    /**
     * The event's review, or, before its first, the machine's reading: written then into the history
     * as the automatic original, with the extractor's version.
     */
    private static ReviewState stateOrOriginal(Connection c, long eventId) throws SQLException {
        Optional<ReviewState> state = ReviewState.read(c, eventId);
        if (state.isPresent()) {
            return state.get();
        }
        Optional<EventFields> machine = Sql.first(c, "SELECT summary_json, fatalities_low FROM incident WHERE id = ?",
                List.of(eventId), rs -> {
                    Event e = SitrepJson.readEvent(rs.getString(1));
                    return EventFields.of(e, rs.getInt(2));
                });
        if (machine.isEmpty()) {
            throw new NoSuchElementException("no event " + eventId);
        }
        Revisions.append(c, eventId, EXTRACTOR, "extracted", null, machine.get(), null,
                extractorVersion(c, eventId).orElse(null));
        return new ReviewState(eventId, ReviewStatus.EXTRACTED, null, machine.get(), machine.get(), null, null, 0,
                Instant.now());
    }

    /** The state after a decision: a newer machine reading, if one was waiting, is what was reviewed now. */
    private static ReviewState decided(ReviewState s, ReviewStatus status, EventFields reviewed, String reviewer,
            int corrections) {
        EventFields machine = s.pending() != null ? s.pending() : s.machine();
        return new ReviewState(s.eventId(), status, s.mergedInto(), reviewed, machine, null, reviewer, corrections,
                Instant.now());
    }

    private static void requireNotMerged(ReviewState s) {
        if (s.status() == ReviewStatus.MERGED) {
            throw new IllegalStateException("event " + s.eventId() + " was merged into event " + s.mergedInto()
                    + ": review that one");
        }
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM incident WHERE id = ?", List.of(id)) > 0;
    }

    /** Pins the event's accounts to it: a re-ingest puts them back here whatever merging would do. */
    private static void pinMembers(Connection c, long eventId) throws SQLException {
        List<String> keys = Sql.list(c, "SELECT stable_key FROM event WHERE incident_id = ? AND stable_key IS NOT NULL",
                List.of(eventId), rs -> rs.getString(1));
        List<List<?>> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(List.of(k));
        }
        Sql.batch(c, "DELETE FROM event_pin WHERE stable_key = ?", rows);
        Sql.batch(c, "INSERT INTO event_pin (stable_key, incident_id) VALUES (?, " + eventId + ")", rows);
    }

    private static void deleted(Connection c, long eventId, String reason) throws SQLException {
        Sql.update(c, "INSERT INTO event_deletion (incident_id, deleted_at, reason) VALUES (?, ?, ?)",
                List.of(eventId, Timestamp.from(Instant.now()), reason));
        ChangeLog.append(c, List.of(new ChangeLog.Entry(ChangeKind.REMOVED, eventId, null)));
    }

    /** Writes the events again from their accounts, with their reviews laid over. */
    private void rewrite(Connection c, List<Long> eventIds) throws SQLException {
        EventMerger merger = new EventMerger(c);
        merger.reload(eventIds);
        merger.rewrite();
        sources.update(c, eventIds);
    }

    private static String withNote(String reason, String note) {
        return reason == null || reason.isBlank() ? note : reason.strip() + " (" + note + ")";
    }
}
