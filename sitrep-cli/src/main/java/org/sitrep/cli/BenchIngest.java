package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.sitrep.store.Store;
import org.sitrep.store.db.Database;

/**
 * Times storing already-extracted reports and their events (merging into incidents included),
 * one transaction per report as {@code sitrep ingest} does, into a fresh store: an H2 file in a
 * temporary directory, or a throwaway schema of a PostgreSQL database; after a warm-up.
 */
final class BenchIngest {
    private final PrintWriter out;
    private final PrintWriter err;

    BenchIngest(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * @param warmUp how many of the reports are stored first into a throwaway H2 store, not counted:
     *               the storing code is compiled then, as in an ingest of an archive after its first
     *               minute (the first 1,000 reports stored cold ran at three quarters of the speed)
     */
    void run(List<BenchExtraction.Extracted> extracted, int warmUp, Path h2Dir, boolean h2, String pgUrl) {
        out.println(String.format(Locale.ROOT, "%-26s %8s %10s %9s %9s %11s", "ingest", "reports", "events",
                "seconds", "cpu s", "events/s"));
        if (warmUp > 0) {
            try (Store store = Store.openDataDir(h2Dir.resolveSibling(h2Dir.getFileName() + "-warm-up"))) {
                out.println(row("warm-up, H2 (not counted)", store,
                        extracted.subList(0, Math.min(warmUp, extracted.size()))));
            }
        }
        if (h2) {
            long open;
            try (Store store = Store.openDataDir(h2Dir)) {
                out.println(row("H2 (file)", store, extracted));
                open = store.database().fileSize();
            }
            long closed = h2Dir.resolve("sitrep.mv.db").toFile().length();
            Database.Compaction compacted = Store.openDataDir(h2Dir).compactAndClose();
            out.println(String.format(Locale.ROOT, "H2 file: %s after the ingest, %s once closed, %s compacted "
                    + "(closed / compacted: %.2f)", StoreCommand.megabytes(open), StoreCommand.megabytes(closed),
                    StoreCommand.megabytes(compacted.after()), (double) closed / compacted.after()));
        }
        if (pgUrl != null) {
            String schema = "sitrep_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try {
                exec(pgUrl, "CREATE SCHEMA " + schema);
                try (Store store = Store.open(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema)) {
                    out.println(row("PostgreSQL", store, extracted));
                } finally {
                    exec(pgUrl, "DROP SCHEMA " + schema + " CASCADE");
                }
            } catch (SQLException | RuntimeException e) {
                err.println("sitrep: bench: PostgreSQL at " + pgUrl + ": " + e.getMessage());
            }
        }
        out.flush();
    }

    private static String row(String name, Store store, List<BenchExtraction.Extracted> extracted) {
        long cpuStart = BenchExtraction.processCpuNanos();
        long start = System.nanoTime();
        // as ingest stores a batch: each report its own transaction, their commits written together
        long events = store.database().groupCommit(() -> extracted.stream()
                .mapToLong(e -> store.reports().store(e.report(), e.events()).events()).sum());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (BenchExtraction.processCpuNanos() - cpuStart) / 1e9;
        return String.format(Locale.ROOT, "%-26s %8d %10d %9.2f %9.2f %11.0f", name, extracted.size(), events, seconds,
                cpu, events / seconds);
    }

    private static void exec(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
