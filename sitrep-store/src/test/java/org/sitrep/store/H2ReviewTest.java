package org.sitrep.store;

/** Users and review on the embedded H2 file database. */
class H2ReviewTest extends ReviewContractTest {
    H2ReviewTest() {
        super(Backend.H2);
    }
}
