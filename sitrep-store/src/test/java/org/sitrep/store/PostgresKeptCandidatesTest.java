package org.sitrep.store;

/** Kept merge candidates on PostgreSQL (skipped without SITREP_TEST_PG_URL). */
class PostgresKeptCandidatesTest extends KeptCandidatesContractTest {
    PostgresKeptCandidatesTest() {
        super(Backend.POSTGRES);
    }
}
