package org.sitrep.store;

/** Kept control timelines on PostgreSQL (skipped without SITREP_TEST_PG_URL). */
class PostgresControlTimelineTest extends ControlTimelineContractTest {
    PostgresControlTimelineTest() {
        super(Backend.POSTGRES);
    }
}
