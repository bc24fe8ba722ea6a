package org.sitrep.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** The PostgreSQL server of {@code SITREP_TEST_PG_URL} (environment or system property), if any. */
final class TestPostgres {
    static final String VARIABLE = "SITREP_TEST_PG_URL";
    private static String whyNot;
    private static boolean probed;

    private TestPostgres() {
    }

    static String url() {
        String url = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        return url == null || url.isBlank() ? null : url.trim();
    }

    static synchronized void assumeAvailable() {
        if (!probed) {
            probed = true;
            if (url() == null) {
                whyNot = VARIABLE + " is not set (run .ci/start-postgres): skipping the PostgreSQL API tests";
            } else {
                try (Connection c = DriverManager.getConnection(url())) {
                    c.isValid(5);
                } catch (SQLException e) {
                    whyNot = "PostgreSQL at " + VARIABLE + " is unreachable (" + e.getMessage()
                            + "): skipping the PostgreSQL API tests";
                }
            }
            if (whyNot != null) {
                System.err.println(whyNot);
            }
        }
        Assumptions.assumeTrue(whyNot == null, whyNot);
    }

    static String freshSchemaUrl(String[] schemaOut) throws SQLException {
        String schema = "sitrep_api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        schemaOut[0] = schema;
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void dropSchema(String schema) throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
