package org.sitrep.server;

/** Review over HTTP on the embedded H2 file store. */
class H2ReviewApiTest extends ReviewApiContractTest {
    H2ReviewApiTest() {
        super(Backend.H2);
    }
}
