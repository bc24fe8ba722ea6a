package org.sitrep.server;

/** Review over HTTP on PostgreSQL (skipped without SITREP_TEST_PG_URL). */
class PostgresReviewApiTest extends ReviewApiContractTest {
    PostgresReviewApiTest() {
        super(Backend.POSTGRESQL);
    }
}
