package org.sitrep.store;

/** Kept control timelines on the embedded H2 file database. */
class H2ControlTimelineTest extends ControlTimelineContractTest {
    H2ControlTimelineTest() {
        super(Backend.H2);
    }
}
