package org.sitrep.store.sources;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * Sources and their reliability: the tallies kept at ingest and review ({@link #update}), read per
 * month or over all months. Reading never recomputes; {@link #rebuild} does, after the registry
 * changed.
 */
public final class SourceStore {
    /** The period that sums every month. */
    public static final String ALL = "all";
    private static final String SUMS = "SUM(claims), SUM(denials), SUM(corroborated), SUM(contradicted), SUM(reversed),"
            + " SUM(unconfirmed), SUM(against_interest), SUM(own_gains), SUM(confirmed), SUM(rejected),"
            + " SUM(weight_for), SUM(weight_against)";
    private static final Comparator<SourceReliability> RANK = Comparator
            .comparingDouble(SourceReliability::low).reversed()
            .thenComparing(Comparator.comparingDouble(SourceReliability::mean).reversed())
            .thenComparing(SourceReliability::sourceKey);

    private final Database db;
    private volatile SourceRegistry registry;
    /** Time spent in {@link #update}: what keeping the figures costs each ingest (for the benchmark). */
    private final LongAdder updates = new LongAdder();
    private final LongAdder updateNanos = new LongAdder();
    /** The events of incidents near changes of control, kept between the reports of an ingest. */
    private final KeptClaims kept = new KeptClaims();

    /** How many updates ran, and their time in all. */
    public record UpdateCost(long updates, long nanos) {
    }

    public SourceStore(Database db, SourceRegistry registry) {
        this.db = db;
        this.registry = registry;
    }

    public SourceRegistry registry() {
        return registry;
    }

    /** Uses another registry from now on; {@link #rebuild} makes the stored figures follow it. */
    public void useRegistry(SourceRegistry registry) {
        this.registry = registry;
    }

    /** Recomputes, in the caller's write transaction, the evidence of incidents that changed. */
    public void update(Connection c, Collection<Long> incidentIds) throws SQLException {
        update(c, incidentIds, java.util.Map.of());
    }

    /**
     * As {@link #update(Connection, Collection)}, with the stored events of some of the incidents
     * given (all of each, in id order), as merging holds them: those are not read again.
     */
    public void update(Connection c, Collection<Long> incidentIds, java.util.Map<Long, List<StoredClaim>> known)
            throws SQLException {
        long start = System.nanoTime();
        new ReliabilityUpdater(registry, kept).update(c, incidentIds, known);
        updateNanos.add(System.nanoTime() - start);
        updates.increment();
    }

    /** The updates' count and time since this store was opened. */
    public UpdateCost updateCost() {
        return new UpdateCost(updates.sum(), updateNanos.sum());
    }

    /** Recomputes every incident's evidence (after the registry changed); returns how many incidents. */
    public int rebuild() {
        return db.write(c -> {
            Sql.update(c, "DELETE FROM source_claim", List.of());
            Sql.update(c, "DELETE FROM source_tally", List.of());
            List<Long> ids = Sql.list(c, "SELECT id FROM incident ORDER BY id", List.of(), rs -> rs.getLong(1));
            ReliabilityUpdater updater = new ReliabilityUpdater(registry);
            for (int i = 0; i < ids.size(); i += 2000) {
                updater.update(c, ids.subList(i, Math.min(ids.size(), i + 2000)));
            }
            return ids.size();
        });
    }

    /** Every source with claims in {@code period} ({@link #ALL} or null: every month), most reliable first. */
    public List<SourceReliability> ranking(String period) {
        boolean all = period == null || ALL.equals(period);
        String sql = "SELECT source_key, MAX(source_name), " + SUMS + " FROM source_tally"
                + (all ? "" : " WHERE period = ?") + " GROUP BY source_key";
        List<SourceReliability> out = new ArrayList<>(db.read(c -> Sql.list(c, sql,
                all ? List.of() : List.of(period), rs -> reliability(rs, all ? ALL : period))));
        out.removeIf(r -> r.tally().claims() <= 0);
        out.sort(RANK);
        return out;
    }

    /** The months with claims, in order. */
    public List<String> periods() {
        return db.read(c -> Sql.list(c, "SELECT DISTINCT period FROM source_tally WHERE claims > 0 ORDER BY period",
                List.of(), rs -> rs.getString(1)));
    }

    /** One source (by name or alias) over all months, then month by month. */
    public Optional<SourceHistory> source(String name) {
        String key = registry.canonicalKey(name);
        if (key == null) {
            return Optional.empty();
        }
        return db.read(c -> {
            Optional<SourceReliability> total = Sql.first(c, "SELECT source_key, MAX(source_name), " + SUMS
                    + " FROM source_tally WHERE source_key = ? GROUP BY source_key", List.of(key),
                    rs -> reliability(rs, ALL)).filter(r -> r.tally().claims() > 0);
            if (total.isEmpty()) {
                return Optional.<SourceHistory>empty();
            }
            List<SourceReliability> months = Sql.list(c, "SELECT source_key, source_name, claims, denials,"
                    + " corroborated, contradicted, reversed, unconfirmed, against_interest, own_gains, confirmed,"
                    + " rejected, weight_for, weight_against, period FROM source_tally WHERE source_key = ?"
                    + " AND claims > 0 ORDER BY period", List.of(key), rs -> reliability(rs, rs.getString(15)));
            return Optional.of(new SourceHistory(total.get(), months));
        });
    }

    /**
     * The belief an account's sources give it: {@code sources} by name (or alias), {@code denied}
     * the ones among them that deny it. Each source's reliability is its record over all months.
     */
    public SourceBelief belief(List<String> sources, java.util.Set<String> denied) {
        java.util.Map<String, SourceBelief.Witness> witnesses = new java.util.LinkedHashMap<>();
        for (String name : sources) {
            String key = registry.canonicalKey(name);
            if (key == null || witnesses.containsKey(key)) {
                continue;
            }
            SourceReliability r = source(name).map(SourceHistory::total).orElse(null);
            witnesses.put(key, r == null
                    ? new SourceBelief.Witness(registry.displayName(key, name), key, 0.5, 0.05, 0.95,
                            denied.contains(name), "no record yet")
                    : new SourceBelief.Witness(r.name(), key, r.mean(), r.low(), r.high(), denied.contains(name),
                            r.explanation()));
        }
        return new BeliefCalculator(registry).belief(List.copyOf(witnesses.values()));
    }

    /** What one incident says about each of its sources. */
    public List<ClaimEvidence> evidence(long incidentId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM source_claim WHERE incident_id = ? ORDER BY source_key",
                List.of(incidentId), ReliabilityUpdater::evidence));
    }

    private SourceReliability reliability(ResultSet rs, String period) throws SQLException {
        String key = rs.getString(1);
        Tally t = new Tally(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getDouble(13), rs.getDouble(14));
        return SourceReliability.of(key, rs.getString(2), registry.find(key).orElse(null), period, t);
    }
}
