package org.sitrep.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.sitrep.store.StoreException;

/**
 * Group commit for {@link Database#groupCommit}. H2 keeps no log: a commit is durable once H2 has
 * written a chunk of every page it changed, and with {@code WRITE_DELAY=0} it writes one per commit.
 * While a batch runs, this process's H2 engine is given a write delay instead (one chunk for all
 * the commits of that time); each write outside a batch then writes what is committed itself
 * ({@code CHECKPOINT}) before it returns, and the batch does when it ends. An engine another process
 * serves is never given a delay (that process may be storing someone's review); a write through it
 * writes its commit itself, as its server may be running a batch.
 */
final class GroupCommits {
    /** The longest a batch's commit waits for the file: H2's own default write delay. */
    static final int DELAY_MILLIS = 500;

    private final Dialect dialect;
    private final DataSource dataSource;
    private final ThreadLocal<Boolean> inBatch = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private final Object lock = new Object();
    /** Batches running in this process; guarded by {@link #lock}. */
    private int running;
    /** Whether this process's engine has a write delay now. */
    private volatile boolean delaying;

    GroupCommits(Dialect dialect, DataSource dataSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
    }

    <T> T run(Supplier<T> batch) {
        if (dialect != Dialect.H2 || inBatch.get()) {
            return batch.get();
        }
        begin();
        inBatch.set(Boolean.TRUE);
        try {
            return batch.get();
        } finally {
            inBatch.set(Boolean.FALSE);
            end();
        }
    }

    /** Whether the calling thread runs a batch (its writes leave the writing to the batch's end). */
    boolean inBatch() {
        return inBatch.get();
    }

    /** After a commit outside a batch: writes it to the file now if anyone may be delaying H2's writes. */
    void flushIfDelayed(Connection c) throws SQLException {
        if (dialect == Dialect.H2 && (delaying || !ownEngine(c))) {
            checkpoint(c);
        }
    }

    private void begin() {
        synchronized (lock) {
            running++;
            if (running > 1) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                if (ownEngine(c)) {
                    delaying = true; // before the delay: a write committing meanwhile writes itself
                    setWriteDelay(c, DELAY_MILLIS);
                }
            } catch (SQLException | RuntimeException e) {
                running--;
                delaying = false;
                throw new StoreException("cannot start a batch of writes: " + e.getMessage(), e);
            }
        }
    }

    private void end() {
        synchronized (lock) {
            running--;
            try (Connection c = dataSource.getConnection()) {
                if (running == 0 && delaying) {
                    setWriteDelay(c, 0);
                    delaying = false;
                }
                checkpoint(c);
            } catch (SQLException e) {
                throw new StoreException("cannot write a batch's commits to the file: " + e.getMessage(), e);
            }
        }
    }

    /** Whether the H2 engine runs in this process (not a client of another process's). */
    private static boolean ownEngine(Connection c) throws SQLException {
        return c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal;
    }

    private static void setWriteDelay(Connection c, int millis) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + millis);
        }
    }

    /** H2's CHECKPOINT writes the committed changes not yet in the file (MVStore.commit). */
    private static void checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }
}
