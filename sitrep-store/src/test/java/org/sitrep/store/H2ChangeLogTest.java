package org.sitrep.store;

/** The change sequence on the embedded H2 file database. */
class H2ChangeLogTest extends ChangeLogContractTest {
    H2ChangeLogTest() {
        super(Backend.H2);
    }
}
