package org.sitrep.store.sources;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;

/**
 * Keeps {@code source_claim} and {@code source_tally} in step with the incidents, inside the
 * transaction that changed them: the touched incidents' evidence is computed anew (with the
 * changes of control at the same place within days of them, whose rival holders and reversals
 * depend on each other), and each source's tally gets the difference. No other incident is read.
 */
final class ReliabilityUpdater {
    private static final String ACCOUNT = "SELECT e.incident_id, e.source_key, e.source, e.modality, e.fatalities,"
            + " e.actor1_side, e.actor2_side, e.territorial, e.window_start, e.window_end, e.place_key FROM event e";
    /** Days around a change of control whose neighbours' evidence it may change. */
    private static final int NEAR = EvidenceRules.REVERSAL_DAYS + 1;

    private final SourceRegistry registry;
    private final EvidenceRules rules;
    /** Incidents' events read by earlier updates; null: read every time. */
    private final KeptClaims kept;

    ReliabilityUpdater(SourceRegistry registry) {
        this(registry, null);
    }

    ReliabilityUpdater(SourceRegistry registry, KeptClaims kept) {
        this.registry = registry;
        this.rules = new EvidenceRules(registry);
        this.kept = kept;
    }

    /** Recomputes the evidence of these incidents (and their neighbours in place and time). */
    void update(Connection c, Collection<Long> touched) throws SQLException {
        update(c, touched, Map.of());
    }

    /**
     * As {@link #update(Connection, Collection)}, with the events of some touched incidents given, as
     * stored and in id order (an incident given with none is gone): only the others are read.
     */
    void update(Connection c, Collection<Long> touched, Map<Long, List<StoredClaim>> known) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        if (kept != null) {
            kept.forgetChanged(c);
        }
        Map<Long, List<Account>> accounts = new LinkedHashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : touched) {
            List<StoredClaim> claims = known.get(id);
            if (claims == null) {
                unknown.add(id);
            } else if (!claims.isEmpty()) {
                accounts.put(id, accounts(claims));
            }
        }
        readClaims(c, unknown).forEach((id, claims) -> accounts.put(id, accounts(claims)));
        Set<Long> recompute = new LinkedHashSet<>(touched);
        // the changes of control near the touched ones, by place: each read whole (all its accounts)
        Map<String, Set<Long>> placeIds = new LinkedHashMap<>();
        for (PlaceDays p : spans(changesOfControl(c, accounts, touched))) {
            DateWindow w = p.window();
            Map<Long, DateWindow> near = readPlace(c, p.placeKey(), w.start().minusDays(2L * NEAR),
                    w.end().plusDays(2L * NEAR));
            placeIds.put(p.placeKey(), near.keySet());
            near.forEach((id, nw) -> {
                if (!nw.start().isAfter(w.end().plusDays(NEAR)) && !nw.end().isBefore(w.start().minusDays(NEAR))) {
                    recompute.add(id);
                }
            });
        }
        Set<Long> all = new LinkedHashSet<>(recompute);
        placeIds.values().forEach(all::addAll);
        Set<Long> unread = new LinkedHashSet<>(all);
        unread.removeAll(accounts.keySet());
        unread.removeAll(touched); // gone: no rows to read
        readNeighbours(c, unread).forEach((id, claims) -> accounts.put(id, accounts(claims)));
        Map<Long, String> reviews = reviews(c, all);
        Map<String, List<IncidentAccounts>> places = new HashMap<>();
        placeIds.forEach((place, ids) -> places.put(place, ids.stream().filter(accounts::containsKey)
                .map(id -> new IncidentAccounts(id, accounts.get(id), reviews.get(id))).toList()));
        List<ClaimEvidence> fresh = new ArrayList<>();
        for (Long id : recompute) {
            List<Account> list = accounts.get(id);
            if (list == null) {
                continue; // the incident is gone: its rows go, nothing replaces them
            }
            IncidentAccounts incident = new IncidentAccounts(id, list, reviews.get(id));
            List<IncidentAccounts> samePlace = incident.placeKey() == null ? List.of()
                    : places.getOrDefault(incident.placeKey(), List.of());
            fresh.addAll(rules.evaluate(incident, samePlace));
        }
        replace(c, recompute, fresh);
    }

    /**
     * The events of incidents this transaction did not change (the changes of control near a touched
     * one): those kept from earlier updates, the others read and kept.
     */
    private Map<Long, List<StoredClaim>> readNeighbours(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, List<StoredClaim>> out = kept == null ? new HashMap<>() : new HashMap<>(kept.get(ids));
        List<Long> missing = ids.stream().filter(id -> !out.containsKey(id)).toList();
        Map<Long, List<StoredClaim>> read = readClaims(c, missing);
        if (kept != null) {
            kept.keep(read);
        }
        out.putAll(read);
        return out;
    }

    /** A change of control's place and days. */
    private record PlaceDays(String placeKey, DateWindow window) {
    }

    /**
     * The places and days of the touched changes of control: as their accounts say now, and as their
     * evidence rows remember them from before.
     */
    private static List<PlaceDays> changesOfControl(Connection c, Map<Long, List<Account>> accounts,
            Collection<Long> touched) throws SQLException {
        List<PlaceDays> out = new ArrayList<>();
        for (List<Account> list : accounts.values()) {
            IncidentAccounts i = new IncidentAccounts(list.get(0).incidentId(), list, null);
            if (i.territorial() && i.placeKey() != null && i.window() != null) {
                out.add(new PlaceDays(i.placeKey(), i.window()));
            }
        }
        // and where and when they were before: a change that moved, lost its change of control or went
        // away leaves neighbours whose rivals and reversals it was
        for (List<Long> chunk : Sql.chunks(touched)) {
            Sql.list(c, "SELECT DISTINCT place_key, window_start, window_end FROM source_claim WHERE incident_id IN ("
                    + Sql.placeholders(chunk.size()) + ") AND place_key IS NOT NULL AND window_start IS NOT NULL",
                    chunk, rs -> out.add(new PlaceDays(rs.getString(1),
                            new DateWindow(Sql.getDate(rs, "window_start"), Sql.getDate(rs, "window_end")))));
        }
        return out;
    }

    /** One span per place, from the first touched day to the last. */
    private static List<PlaceDays> spans(List<PlaceDays> changes) {
        Map<String, DateWindow> out = new LinkedHashMap<>();
        for (PlaceDays p : changes) {
            out.merge(p.placeKey(), p.window(), (a, b) -> new DateWindow(
                    a.start().isBefore(b.start()) ? a.start() : b.start(), a.end().isAfter(b.end()) ? a.end() : b.end()));
        }
        return out.entrySet().stream().map(e -> new PlaceDays(e.getKey(), e.getValue())).toList();
    }

    /**
     * Swaps the incidents' evidence rows and adds the difference to the tallies. Only rows that
     * changed are written: most of a report's recomputed incidents (neighbours of a change of
     * control, sources that told them before) keep their evidence, and each row rewritten cost a
     * delete, an insert and their index pages.
     */
    private static void replace(Connection c, Collection<Long> ids, List<ClaimEvidence> fresh) throws SQLException {
        Map<List<String>, Tally> delta = new LinkedHashMap<>();
        Map<List<String>, String> names = new HashMap<>();
        Map<ClaimKey, ClaimEvidence> stored = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(ids)) {
            Sql.list(c, "SELECT * FROM source_claim WHERE incident_id IN (" + Sql.placeholders(chunk.size()) + ")",
                    chunk, rs -> {
                        ClaimEvidence old = evidence(rs);
                        delta.merge(List.of(old.sourceKey(), old.period()), Tally.of(old).negate(), Tally::plus);
                        return stored.put(ClaimKey.of(old), old);
                    });
        }
        List<List<Object>> inserts = new ArrayList<>();
        List<List<Object>> deletes = new ArrayList<>();
        for (ClaimEvidence e : fresh) {
            List<String> key = List.of(e.sourceKey(), e.period());
            delta.merge(key, Tally.of(e), Tally::plus);
            names.putIfAbsent(key, e.sourceName());
            ClaimEvidence row = asStored(e);
            ClaimEvidence old = stored.remove(ClaimKey.of(row));
            if (row.equals(old)) {
                continue;
            }
            if (old != null) {
                deletes.add(List.of(old.incidentId(), old.sourceKey()));
            }
            inserts.add(columns(row));
        }
        // the rows of sources that no longer tell a recomputed incident (or of an incident gone)
        stored.keySet().forEach(k -> deletes.add(List.of(k.incidentId(), k.sourceKey())));
        Sql.batch(c, "DELETE FROM source_claim WHERE incident_id = ? AND source_key = ?", deletes);
        Sql.batch(c, "INSERT INTO source_claim (incident_id, source_key, source_name, period, denial, corroborated,"
                + " contradicted, reversed, unconfirmed, against_interest, own_gain, confirmed, rejected, weight_for,"
                + " weight_against, place_key, window_start, window_end) VALUES (" + Sql.placeholders(18) + ")", inserts);
        List<List<Object>> changes = new ArrayList<>();
        for (Map.Entry<List<String>, Tally> d : delta.entrySet()) {
            if (!d.getValue().isZero()) {
                changes.add(values(d.getValue(), names.get(d.getKey()), d.getKey().get(0), d.getKey().get(1)));
            }
        }
        add(c, changes);
    }

    /** A row's primary key. */
    private record ClaimKey(long incidentId, String sourceKey) {
        static ClaimKey of(ClaimEvidence e) {
            return new ClaimKey(e.incidentId(), e.sourceKey());
        }
    }

    /** The evidence as its row reads back: a source without a name is stored under its key. */
    private static ClaimEvidence asStored(ClaimEvidence e) {
        return e.sourceName() != null ? e : new ClaimEvidence(e.incidentId(), e.sourceKey(), e.sourceKey(), e.period(),
                e.denial(), e.corroborated(), e.contradicted(), e.reversed(), e.unconfirmed(), e.againstInterest(),
                e.ownGain(), e.confirmed(), e.rejected(), e.weightFor(), e.weightAgainst(), e.placeKey(), e.window());
    }

    private static List<Object> columns(ClaimEvidence e) {
        return java.util.Arrays.asList(e.incidentId(), e.sourceKey(), e.sourceName(), e.period(), e.denial(),
                e.corroborated(), e.contradicted(), e.reversed(), e.unconfirmed(), e.againstInterest(), e.ownGain(),
                e.confirmed(), e.rejected(), e.weightFor(), e.weightAgainst(), e.placeKey(),
                e.window() == null ? null : e.window().start(), e.window() == null ? null : e.window().end());
    }

    /** Adds each change to its source's tally, inserting the tallies not there yet: two batches. */
    private static void add(Connection c, List<List<Object>> changes) throws SQLException {
        int[] updated = Sql.batch(c, "UPDATE source_tally SET claims = claims + ?, denials = denials + ?,"
                + " corroborated = corroborated + ?, contradicted = contradicted + ?, reversed = reversed + ?,"
                + " unconfirmed = unconfirmed + ?, against_interest = against_interest + ?, own_gains = own_gains + ?,"
                + " confirmed = confirmed + ?, rejected = rejected + ?, weight_for = weight_for + ?,"
                + " weight_against = weight_against + ?, source_name = COALESCE(?, source_name)"
                + " WHERE source_key = ? AND period = ?", changes);
        List<List<Object>> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                throw new SQLException("the driver gave no update count: which tallies exist is unknown");
            }
            if (updated[i] == 0) {
                missing.add(changes.get(i));
            }
        }
        Sql.batch(c, "INSERT INTO source_tally (claims, denials, corroborated, contradicted, reversed, unconfirmed,"
                + " against_interest, own_gains, confirmed, rejected, weight_for, weight_against, source_name,"
                + " source_key, period) VALUES (" + Sql.placeholders(15) + ")", missing);
    }

    private static List<Object> values(Tally t, String name, String source, String period) {
        List<Object> p = new ArrayList<>(List.of(t.claims(), t.denials(), t.corroborated(), t.contradicted(),
                t.reversed(), t.unconfirmed(), t.againstInterest(), t.ownGains(), t.confirmed(), t.rejected(),
                t.weightFor(), t.weightAgainst()));
        p.add(name);
        p.add(source);
        p.add(period);
        return p;
    }

    static ClaimEvidence evidence(ResultSet rs) throws SQLException {
        return new ClaimEvidence(rs.getLong("incident_id"), rs.getString("source_key"), rs.getString("source_name"),
                rs.getString("period"), rs.getInt("denial"), rs.getInt("corroborated"), rs.getInt("contradicted"),
                rs.getInt("reversed"), rs.getInt("unconfirmed"), rs.getInt("against_interest"), rs.getInt("own_gain"),
                rs.getInt("confirmed"), rs.getInt("rejected"), rs.getDouble("weight_for"),
                rs.getDouble("weight_against"), rs.getString("place_key"), DateWindow.ofColumns(
                        Sql.getDate(rs, "window_start"), Sql.getDate(rs, "window_end")));
    }

    /** The stored events of these incidents, by incident in the order first read, each's in id order. */
    private static Map<Long, List<StoredClaim>> readClaims(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<StoredClaim>> out = new LinkedHashMap<>();
        for (List<Long> chunk : Sql.chunks(ids)) {
            Sql.list(c, ACCOUNT + " WHERE e.incident_id IN (" + Sql.placeholders(chunk.size()) + ") ORDER BY e.id",
                    chunk, rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(storedClaim(rs)));
        }
        return out;
    }

    /** The changes of control at a place whose days meet the range, by incident, with their days. */
    private static Map<Long, DateWindow> readPlace(Connection c, String placeKey, LocalDate from, LocalDate to)
            throws SQLException {
        Map<Long, DateWindow> out = new LinkedHashMap<>();
        Sql.list(c, "SELECT e.incident_id, e.window_start, e.window_end FROM event e WHERE e.territorial = TRUE"
                + " AND e.place_key = ? AND e.window_end >= ? AND e.window_start <= ? AND e.incident_id IS NOT NULL"
                + " ORDER BY e.id", List.of(placeKey, from, to), rs -> out.merge(rs.getLong(1),
                        new DateWindow(Sql.getDate(rs, "window_start"), Sql.getDate(rs, "window_end")),
                        DateWindow::common));
        return out;
    }

    /** An {@link #ACCOUNT} row, by position (read for every member of every touched incident). */
    private static StoredClaim storedClaim(ResultSet rs) throws SQLException {
        LocalDate ws = Sql.getDate(rs, 9);
        LocalDate we = Sql.getDate(rs, 10);
        return new StoredClaim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8),
                ws == null || we == null ? null : new DateWindow(ws, we), rs.getString(11));
    }

    /** An incident's stored events as the evidence rules read them. */
    private List<Account> accounts(List<StoredClaim> claims) {
        return claims.stream().map(this::account).toList();
    }

    private Account account(StoredClaim e) {
        String key = registry.canonicalKey(e.sourceKey());
        return new Account(e.incidentId(), key, registry.displayName(key, e.source()), "denied".equals(e.modality()),
                e.fatalities(), e.actor1Side(), e.actor2Side(), e.territorial(), e.window(), e.placeKey());
    }

    private static Map<Long, String> reviews(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(ids)) {
            Sql.list(c, "SELECT incident_id, status FROM event_review WHERE incident_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", chunk, rs -> out.put(rs.getLong(1), rs.getString(2)));
        }
        return out;
    }
}
