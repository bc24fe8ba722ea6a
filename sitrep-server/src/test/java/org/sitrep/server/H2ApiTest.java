package org.sitrep.server;

/** The API over the embedded H2 file store. */
class H2ApiTest extends ApiContractTest {
    H2ApiTest() {
        super(Backend.H2);
    }
}
