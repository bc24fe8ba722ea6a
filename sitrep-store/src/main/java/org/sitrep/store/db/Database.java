package org.sitrep.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.sitrep.store.StoreException;

/**
 * The store's database: an H2 file under the data directory by default, or any JDBC URL
 * (PostgreSQL in production). Opening it brings the schema up to date with Flyway; the same
 * migrations run on both, plus PostgreSQL-only ones (PostGIS) from {@code db/postgresql} and
 * H2-only ones from {@code db/h2}.
 *
 * <p>Writes go through {@link #write}: one transaction, one writer at a time (a lock in this
 * process and a row lock in the database, for writers in other processes). Reads go through
 * {@link #read} and are never blocked by writers.
 */
public final class Database implements AutoCloseable {
    /** Flyway's INFO lines would clutter every command's output; keep its warnings. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
        // H2's automatic mixed mode starts a TCP server for the other processes on the same file; H2
        // opens it to every interface (guarded by a key in the lock file) unless told an address.
        // Set before H2 reads its system properties, i.e. before any connection.
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    private final String url;
    private final Dialect dialect;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final AtomicLong commits = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final GroupCommits groupCommits;

    private Database(String url, Dialect dialect, DataSource dataSource, AutoCloseable closer) {
        this.url = url;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.closer = closer;
        this.groupCommits = new GroupCommits(dialect, dataSource);
    }

    /** Opens (creating if needed) the H2 file database {@code <dataDir>/sitrep.mv.db}. */
    public static Database openDataDir(Path dataDir) {
        return openDataDir(dataDir, H2Cache.STORING);
    }

    /** As {@link #openDataDir(Path)}, with H2's page cache sized for what this process does. */
    public static Database openDataDir(Path dataDir, H2Cache cache) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        return open(h2FileUrl(dataDir, cache));
    }

    /** The JDBC URL of the H2 file database under {@code dataDir}, for a process that stores. */
    public static String h2FileUrl(Path dataDir) {
        return h2FileUrl(dataDir, H2Cache.STORING);
    }

    /** The JDBC URL of the H2 file database under {@code dataDir}, with this page cache. */
    public static String h2FileUrl(Path dataDir, H2Cache cache) {
        // WRITE_DELAY=0: a commit reaches the file before the write returns (H2's default delays it
        // by up to 500 ms); a batch ingest groups its commits itself (groupCommit).
        // LOCK_TIMEOUT: a writer waits for another process's writer rather than failing at once.
        // AUTO_SERVER: the first process to open the file serves it to the others (serve, then an
        // ingest or export beside it) over loopback TCP, instead of their failing with "file locked";
        // AUTO_RECONNECT: when that first process ends, the others reconnect (one of them takes over).
        // QUERY_CACHE_SIZE: a report's write runs some 30 distinct statements; H2 keeps 8 parsed per
        // session by default, so most were parsed anew for every report.
        return cache.appliedTo("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("sitrep")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=30000;AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;QUERY_CACHE_SIZE=64");
    }

    /**
     * Opens the database at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...};
     * user and password as URL parameters) and migrates its schema.
     */
    public static Database open(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        DataSource ds;
        AutoCloseable closer;
        switch (dialect) {
            case H2 -> {
                JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
                pool.setMaxConnections(16);
                ds = pool;
                closer = pool::dispose;
            }
            case POSTGRESQL -> {
                // H2's small pool works over any ConnectionPoolDataSource: a connection costs ~10 ms
                PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
                pg.setURL(jdbcUrl);
                JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
                pool.setMaxConnections(16);
                ds = pool;
                closer = pool::dispose;
            }
            default -> throw new StoreException("unsupported database URL (use jdbc:h2: or jdbc:postgresql:): "
                    + redact(jdbcUrl));
        }
        Database db = new Database(jdbcUrl, dialect, ds, closer);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void migrate() {
        String[] locations = dialect == Dialect.POSTGRESQL
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration", "classpath:db/h2"};
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without its password, for messages. */
    public String describe() {
        return redact(url);
    }

    /**
     * Runs {@code work} in one read-only transaction on one snapshot (repeatable read), so a count
     * and the page it counts, or an incident and its claims, agree even while a writer commits.
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    /**
     * How many writes this handle has committed since it opened: a reader can tell cheaply that its
     * own process changed the store (other processes' writes it must still look for).
     */
    public long commits() {
        return commits.get();
    }

    /**
     * Runs {@code work} in one transaction as the only writer: it commits if {@code work} returns,
     * and rolls back everything if it throws. When it returns, the commit is in the file, unless it
     * is one of a {@link #groupCommit group}'s, which are when the group's batch returns.
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lockStore(c);
                T result = work.run(c);
                c.commit();
                if (!groupCommits.inBatch()) {
                    groupCommits.flushIfDelayed(c);
                }
                long n = commits.incrementAndGet();
                if (dialect == Dialect.POSTGRESQL && n % PgStatistics.EVERY_COMMITS == 0) {
                    PgStatistics.refresh(c);
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs a batch of writes, each its own transaction as ever (atomic, seen by readers once it
     * commits), whose commits reach the file together rather than one by one; all of them have
     * when this returns. A batch ingest (thousands of reports, each one transaction) is then not
     * bound by H2 writing every index page a report touched once per report (a third of its time).
     * A process killed during the batch loses, of it, at most its last {@link GroupCommits#DELAY_MILLIS}
     * of commits, none half; storing is idempotent, so running the batch again stores them. Writes
     * outside the batch (a review, a posted report) still reach the file before they return.
     * On PostgreSQL, and on an H2 file another process serves, this only runs the batch.
     */
    public <T> T groupCommit(java.util.function.Supplier<T> batch) {
        return groupCommits.run(batch);
    }

    private static void lockStore(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM store_lock WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("store_lock row missing: the schema is damaged");
            }
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The size in bytes of the H2 file this store lives in, or -1 when it is not an H2 file. */
    public long fileSize() {
        return H2Compaction.file(url).map(H2Compaction::size).orElse(-1L);
    }

    /** File sizes in bytes before and after a compaction. */
    public record Compaction(long before, long after) {
    }

    /**
     * Rewrites the H2 file with its live data only and closes the store (it cannot be used after).
     * Refused, with the store left open, when the store is not an H2 file or another process uses it.
     */
    public Compaction compactAndClose() {
        Path file = H2Compaction.file(url)
                .orElseThrow(() -> new StoreException("only an H2 file store is compacted; " + describe() + " is not one"));
        long before = H2Compaction.size(file);
        try (Connection c = dataSource.getConnection()) {
            if (!H2Compaction.aloneOn(c)) {
                throw new StoreException("the store " + file + " is in use by another process (a running serve?): "
                        + "stop it and compact again");
            }
            H2Compaction.shutdownCompact(c);
        } catch (SQLException e) {
            throw new StoreException("cannot compact " + file + ": " + e.getMessage(), e);
        }
        closePool();
        return new Compaction(before, H2Compaction.size(file));
    }

    @Override
    public void close() {
        if (!closed.get()) {
            compactIfSparse();
        }
        closePool();
    }

    private void closePool() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            closer.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }

    /** At close, an H2 file mostly holding dead chunks is compacted, if no other process uses it. */
    private void compactIfSparse() {
        if (H2Compaction.file(url).isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (H2Compaction.aloneOn(c) && H2Compaction.livePercent(c) < H2Compaction.KEEP_FILL_PERCENT) {
                H2Compaction.shutdownCompact(c);
            }
        } catch (SQLException | RuntimeException e) {
            // the data is committed: a compaction that failed only leaves the file larger
            Logger.getLogger(Database.class.getName()).log(Level.FINE, "no compaction at close", e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
