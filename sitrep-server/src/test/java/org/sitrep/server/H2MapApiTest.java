package org.sitrep.server;

/** The web map's endpoints over the embedded H2 file store. */
class H2MapApiTest extends MapApiContractTest {
    H2MapApiTest() {
        super(Backend.H2);
    }
}
