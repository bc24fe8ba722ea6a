package org.sitrep.store;

/**
 * The store's contract on PostgreSQL (with PostGIS where installed), in a schema of its own per
 * test. Skips, saying why, without a server ({@code .ci/start-postgres} starts one).
 */
class PostgresStoreTest extends StoreContractTest {
    private final String[] schema = new String[1];

    @Override
    protected String freshUrl() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        return PostgresTestDatabase.freshSchemaUrl(schema);
    }

    @Override
    protected void dispose() throws Exception {
        PostgresTestDatabase.dropSchema(schema[0]);
    }
}
