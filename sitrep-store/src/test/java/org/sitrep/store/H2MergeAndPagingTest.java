package org.sitrep.store;

/** Merging and paging on the embedded H2 file database. */
class H2MergeAndPagingTest extends MergeAndPagingContractTest {
    H2MergeAndPagingTest() {
        super(Backend.H2);
    }
}
