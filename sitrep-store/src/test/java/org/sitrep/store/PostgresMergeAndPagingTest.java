package org.sitrep.store;

/** Merging and paging on PostgreSQL, in a schema of its own per test. */
class PostgresMergeAndPagingTest extends MergeAndPagingContractTest {
    PostgresMergeAndPagingTest() {
        super(Backend.POSTGRES);
    }
}
