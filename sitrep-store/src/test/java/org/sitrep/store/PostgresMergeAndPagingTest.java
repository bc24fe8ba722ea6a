package org.sitrep.store;

/** Merging and paging on PostgreSQL; skips, saying why, without a server ({@code .ci/start-postgres}). */
class PostgresMergeAndPagingTest extends MergeAndPagingContractTest {
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
