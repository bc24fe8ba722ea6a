package org.sitrep.store;

/** Watch lists and alerts on PostgreSQL (skipped without SITREP_TEST_PG_URL). */
class PostgresAlertTest extends AlertContractTest {
    PostgresAlertTest() {
        super(Backend.POSTGRES);
    }
}
