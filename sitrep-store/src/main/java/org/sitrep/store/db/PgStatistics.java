package org.sitrep.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PostgreSQL's planner statistics in step with a store that grows fast from empty. The
 * plans PostgreSQL caches per connection (the foreign-key checks of every inserted event, the
 * driver's prepared statements) are made from the statistics of the moment: made while a table is
 * nearly empty they scan it whole, and they stay so until the table is analyzed. Autovacuum wakes
 * once a minute, which an ingest into a fresh store outruns: the bench's first thousand reports
 * read 10 million rows of {@code report} by sequential scans, one per event's foreign-key check.
 * Every {@link #EVERY_COMMITS} writes, the tables whose rows changed since their last analysis more
 * than they held then (and more than 50) are analyzed: a table is analyzed each time it doubles, a
 * few times in all, so the sampling (about a fifth of the ingest's time when it followed
 * autovacuum's 10 % rule) stays cheap. ANALYZE invalidates the cached plans over the table. It
 * changes no data; a failure (e.g. a role that does not own the tables) is only logged.
 */
final class PgStatistics {
    static final int EVERY_COMMITS = 32;
    private static final Logger LOG = Logger.getLogger(PgStatistics.class.getName());

    private PgStatistics() {
    }

    static void refresh(Connection c) {
        try {
            List<String> due = Sql.list(c, "SELECT quote_ident(schemaname) || '.' || quote_ident(relname)"
                    + " FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                    + " AND n_mod_since_analyze > GREATEST(50, n_live_tup - n_mod_since_analyze)", List.of(),
                    rs -> rs.getString(1));
            for (String table : due) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE " + table);
                }
                c.commit();
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "no ANALYZE after the write", e);
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the write is committed: nothing of it is lost
            }
        }
    }
}
