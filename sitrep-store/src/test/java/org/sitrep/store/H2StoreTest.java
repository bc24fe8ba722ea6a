package org.sitrep.store;

/** The store's contract on the embedded H2 file database. */
class H2StoreTest extends StoreContractTest {
    H2StoreTest() {
        super(Backend.H2);
    }
}
