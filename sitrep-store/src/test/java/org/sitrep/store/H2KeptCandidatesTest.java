package org.sitrep.store;

/** Kept merge candidates on the embedded H2 file database. */
class H2KeptCandidatesTest extends KeptCandidatesContractTest {
    H2KeptCandidatesTest() {
        super(Backend.H2);
    }
}
