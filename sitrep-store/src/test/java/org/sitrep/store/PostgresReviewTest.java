package org.sitrep.store;

/** Users and review on PostgreSQL (skipped without SITREP_TEST_PG_URL). */
class PostgresReviewTest extends ReviewContractTest {
    PostgresReviewTest() {
        super(Backend.POSTGRES);
    }
}
