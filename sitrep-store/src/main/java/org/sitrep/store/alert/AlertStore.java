package org.sitrep.store.alert;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.store.change.ChangeLog;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.BoundingBox;

/**
 * Watch lists and their alerts: the rules people add, the alerts matched (each rule and event at
 * most once, recorded in the transaction that moves the matching cursor), and their sending.
 */
public final class AlertStore {
    private static final String RULE_COLUMNS = "id, owner, place_name, actor_name, bbox_west, bbox_south, bbox_east,"
            + " bbox_north, min_deaths, control_only, webhook, created_at, start_seq";
    private static final String DELIVERY_COLUMNS = "id, alert_id, incident_id, seq, owner, webhook, payload, status,"
            + " attempts, next_attempt, last_error, created_at, delivered_at";

    private final Database db;

    public AlertStore(Database db) {
        this.db = db;
    }

    /** Stores a rule (from {@link AlertRule#draft}); it matches events added from now on. */
    public AlertRule add(AlertRule draft) {
        return db.write(c -> {
            long head = ChangeLog.head(c);
            BoundingBox b = draft.bbox();
            // as the database keeps it: what add answers equals what rules reads back
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            long id = Sql.insert(c, "INSERT INTO alert_rule (owner, place_name, actor_name, bbox_west, bbox_south,"
                    + " bbox_east, bbox_north, min_deaths, control_only, webhook, created_at, start_seq) VALUES ("
                    + Sql.placeholders(12) + ")", Arrays.asList(draft.owner(), draft.place(), draft.actor(),
                    b == null ? null : b.west(), b == null ? null : b.south(), b == null ? null : b.east(),
                    b == null ? null : b.north(), draft.minDeaths(), draft.changesOfControl(), draft.webhook(),
                    Timestamp.from(now), head));
            return new AlertRule(id, draft.owner(), draft.place(), draft.actor(), b, draft.minDeaths(),
                    draft.changesOfControl(), draft.webhook(), now, head);
        });
    }

    /** The rules of one owner, or everyone's when {@code owner} is null, oldest first. */
    public List<AlertRule> rules(String owner) {
        return db.read(c -> rules(c, owner));
    }

    private static List<AlertRule> rules(Connection c, String owner) throws SQLException {
        return owner == null
                ? Sql.list(c, "SELECT " + RULE_COLUMNS + " FROM alert_rule ORDER BY id", List.of(), AlertStore::rule)
                : Sql.list(c, "SELECT " + RULE_COLUMNS + " FROM alert_rule WHERE owner = ? ORDER BY id", List.of(owner),
                        AlertStore::rule);
    }

    /** Removes a rule (of {@code owner}, unless null); false when there is no such rule. */
    public boolean remove(long id, String owner) {
        return db.write(c -> owner == null
                ? Sql.update(c, "DELETE FROM alert_rule WHERE id = ?", List.of(id)) > 0
                : Sql.update(c, "DELETE FROM alert_rule WHERE id = ? AND owner = ?", List.of(id, owner)) > 0);
    }

    /** How far the change sequence has been matched. */
    public long cursor() {
        return db.read(c -> Sql.count(c, "SELECT seq FROM alert_cursor WHERE id = 1", List.of()));
    }

    /** An event a rule matched, with the alert's JSON. */
    public record Match(AlertRule rule, long eventId, long seq, String payload) {
    }

    /**
     * Records the matches of the changes after {@code from} up to {@code upTo} and moves the cursor
     * there, in one transaction; a match recorded before (by this or another process) is left as
     * it is, and when another process moved the cursor past {@code from} meanwhile, nothing is
     * recorded (it matched these changes itself). Answers the alerts recorded now.
     */
    public List<Long> record(long from, long upTo, List<Match> matches) {
        return db.write(c -> {
            long at = Sql.count(c, "SELECT seq FROM alert_cursor WHERE id = 1", List.of());
            if (at != from) {
                return List.<Long>of();
            }
            List<Long> recorded = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            for (Match m : matches) {
                boolean known = Sql.count(c, "SELECT COUNT(*) FROM alert_delivery WHERE alert_id = ? AND incident_id = ?",
                        List.of(m.rule().id(), m.eventId())) > 0;
                if (!known) {
                    recorded.add(Sql.insert(c, "INSERT INTO alert_delivery (alert_id, incident_id, seq, owner, webhook,"
                            + " payload, status, attempts, next_attempt, created_at) VALUES (" + Sql.placeholders(10) + ")",
                            List.of(m.rule().id(), m.eventId(), m.seq(), m.rule().owner(), m.rule().webhook(),
                                    m.payload(), Delivery.PENDING, 0, now, now)));
                }
            }
            Sql.update(c, "UPDATE alert_cursor SET seq = ? WHERE id = 1", List.of(upTo));
            return recorded;
        });
    }

    /** Pending alerts whose time to (re)try has come, oldest first. */
    public List<Delivery> due(Instant now, int limit) {
        return db.read(c -> Sql.list(c, "SELECT " + DELIVERY_COLUMNS + " FROM alert_delivery WHERE status = ?"
                + " AND next_attempt <= ? ORDER BY id LIMIT ?", List.of(Delivery.PENDING, Timestamp.from(now), limit),
                AlertStore::delivery));
    }

    /**
     * Takes an alert for sending until {@code until}: false when another sender holds it or it is
     * no longer pending (two processes never post one alert both).
     */
    public boolean lease(long id, Instant now, Instant until) {
        return db.write(c -> Sql.update(c, "UPDATE alert_delivery SET lease_until = ? WHERE id = ? AND status = ?"
                + " AND (lease_until IS NULL OR lease_until < ?)",
                List.of(Timestamp.from(until), id, Delivery.PENDING, Timestamp.from(now))) == 1);
    }

    public void delivered(long id, int attempts) {
        db.write(c -> Sql.update(c, "UPDATE alert_delivery SET status = ?, attempts = ?, delivered_at = ?,"
                + " lease_until = NULL, last_error = NULL WHERE id = ?",
                List.of(Delivery.DELIVERED, attempts, Timestamp.from(Instant.now()), id)));
    }

    /** A failed attempt: tried again at {@code next}, or given up ({@code next} null). */
    public void attemptFailed(long id, int attempts, String error, Instant next) {
        String clipped = error.length() > 1000 ? error.substring(0, 1000) : error;
        db.write(c -> Sql.update(c, "UPDATE alert_delivery SET status = ?, attempts = ?, last_error = ?,"
                + " next_attempt = ?, lease_until = NULL WHERE id = ?", Arrays.asList(
                next == null ? Delivery.FAILED : Delivery.PENDING, attempts, clipped,
                Timestamp.from(next == null ? Instant.now() : next), id)));
    }

    /** The latest alerts of one owner (everyone's when null), newest first. */
    public List<Delivery> recent(String owner, int limit) {
        return db.read(c -> owner == null
                ? Sql.list(c, "SELECT " + DELIVERY_COLUMNS + " FROM alert_delivery ORDER BY id DESC LIMIT ?",
                        List.of(limit), AlertStore::delivery)
                : Sql.list(c, "SELECT " + DELIVERY_COLUMNS + " FROM alert_delivery WHERE owner = ? ORDER BY id DESC"
                        + " LIMIT ?", List.of(owner, limit), AlertStore::delivery));
    }

    private static AlertRule rule(ResultSet rs) throws SQLException {
        Double west = Sql.getDoubleOrNull(rs, "bbox_west");
        BoundingBox box = west == null ? null : new BoundingBox(west, rs.getDouble("bbox_south"),
                rs.getDouble("bbox_east"), rs.getDouble("bbox_north"));
        return new AlertRule(rs.getLong("id"), rs.getString("owner"), rs.getString("place_name"),
                rs.getString("actor_name"), box, Sql.getInteger(rs, "min_deaths"), rs.getBoolean("control_only"),
                rs.getString("webhook"), rs.getTimestamp("created_at").toInstant(), rs.getLong("start_seq"));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(rs.getLong("id"), rs.getLong("alert_id"), rs.getLong("incident_id"), rs.getLong("seq"),
                rs.getString("owner"), rs.getString("webhook"), rs.getString("payload"), rs.getString("status"),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant());
    }
}
