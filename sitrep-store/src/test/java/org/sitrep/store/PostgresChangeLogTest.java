package org.sitrep.store;

/** The change sequence on PostgreSQL (skipped without SITREP_TEST_PG_URL). */
class PostgresChangeLogTest extends ChangeLogContractTest {
    PostgresChangeLogTest() {
        super(Backend.POSTGRES);
    }
}
