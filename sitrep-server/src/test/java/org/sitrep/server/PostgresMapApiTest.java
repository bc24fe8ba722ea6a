package org.sitrep.server;

/** The web map's endpoints over PostgreSQL (skipped, saying why, without {@code SITREP_TEST_PG_URL}). */
class PostgresMapApiTest extends MapApiContractTest {
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
