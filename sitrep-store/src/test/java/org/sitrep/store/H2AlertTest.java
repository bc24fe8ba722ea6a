package org.sitrep.store;

/** Watch lists and alerts on the embedded H2 file database. */
class H2AlertTest extends AlertContractTest {
    H2AlertTest() {
        super(Backend.H2);
    }
}
