package org.sitrep.server;

/**
 * The API over PostgreSQL, in a schema of its own per test. Skips, saying why, without a server
 * ({@code .ci/start-postgres} starts one and prints the URL for {@code SITREP_TEST_PG_URL}).
 */
class PostgresApiTest extends ApiContractTest {
    PostgresApiTest() {
        super(Backend.POSTGRESQL);
    }
}
