package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests may use: {@code SITREP_TEST_PG_URL} (environment or system
 * property), as {@code .ci/start-postgres} prints it. Each test gets its own schema.
 */
final class PostgresTestDatabase {
    static final String VARIABLE = "SITREP_TEST_PG_URL";
    private static String unavailable;
    private static boolean probed;

    private PostgresTestDatabase() {
    }

    static String baseUrl() {
        String url = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        return url == null || url.isBlank() ? null : url.trim();
    }

    /** Skips the calling test, saying why, when no PostgreSQL server can be reached. */
    static synchronized void assumeAvailable() {
        if (!probed) {
            probed = true;
            String url = baseUrl();
            if (url == null) {
                unavailable = VARIABLE + " is not set (run .ci/start-postgres): skipping the PostgreSQL store tests";
            } else {
                try (Connection c = DriverManager.getConnection(url)) {
                    c.isValid(5);
                } catch (SQLException e) {
                    unavailable = "PostgreSQL at " + VARIABLE + " is unreachable (" + e.getMessage()
                            + "): skipping the PostgreSQL store tests";
                }
            }
            if (unavailable != null) {
                System.err.println(unavailable);
            }
        }
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    /** Creates an empty schema; returns the URL that uses it. */
    static String freshSchemaUrl(String[] schemaOut) throws SQLException {
        String schema = "sitrep_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        exec("CREATE SCHEMA " + schema);
        schemaOut[0] = schema;
        String url = baseUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void dropSchema(String schema) throws SQLException {
        if (schema != null) {
            exec("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void exec(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
