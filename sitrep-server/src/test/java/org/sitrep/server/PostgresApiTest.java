package org.sitrep.server;

/**
 * The API over PostgreSQL, in a schema of its own per test. Skips, saying why, without a server
 * ({@code .ci/start-postgres} starts one and prints the URL for {@code SITREP_TEST_PG_URL}).
 */
class PostgresApiTest extends ApiContractTest {
    private final String[] schema = new String[1];

    @Override
    protected String freshUrl() throws Exception {
        TestPostgres.assumeAvailable();
        return TestPostgres.freshSchemaUrl(schema);
    }

    @Override
    protected void dispose() throws Exception {
        TestPostgres.dropSchema(schema[0]);
    }
}
