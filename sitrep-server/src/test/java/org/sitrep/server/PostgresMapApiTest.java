package org.sitrep.server;

/** The web map's endpoints over PostgreSQL (skipped, saying why, without {@code SITREP_TEST_PG_URL}). */
class PostgresMapApiTest extends MapApiContractTest {
    PostgresMapApiTest() {
        super(Backend.POSTGRESQL);
    }
}
