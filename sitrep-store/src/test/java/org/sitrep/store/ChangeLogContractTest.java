package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.store.change.Change;
import org.sitrep.store.change.ChangeKind;
import org.sitrep.store.event.PlaceKey;
import org.sitrep.store.review.ReviewAction;

/** The change sequence on a real database: what each ingest and review appends, and reading it since N. */
abstract class ChangeLogContractTest extends StoreTestBase {
    private static final String BODY = "Militants clashed with the army at Kafr Test; the army took Tell Sample.";

    ChangeLogContractTest(Backend backend) {
        super(backend);
    }

    private static Event clash() {
        return event().evidence("Militants clashed with the army at Kafr Test.").killed(2).build();
    }

    private static Event capture() {
        return event().at(TELL_SAMPLE).sub("Government regains territory").evidence("The army took Tell Sample.")
                .build();
    }

    private List<Change> after(long seq) {
        return store.changes().since(seq, 100);
    }

    private static List<ChangeKind> kinds(List<Change> changes) {
        return changes.stream().map(Change::kind).toList();
    }

    @Test
    void anIngestAppendsItsNewEventsAndTheChangeOfControlInOrder() {
        assertEquals(0, store.changes().head());
        ingest(report("note-1", "Outlet One", NOV_14, BODY), clash(), capture());
        List<Change> changes = after(0);
        assertEquals(List.of(ChangeKind.ADDED, ChangeKind.ADDED, ChangeKind.CONTROL), kinds(changes));
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(changes.get(i).seq() > changes.get(i - 1).seq(), "the sequence grows: " + changes);
        }
        Change control = changes.get(2);
        assertEquals(PlaceKey.of(TELL_SAMPLE), control.placeKey());
        assertEquals(changes.get(1).eventId(), control.eventId(), "the control change names its event");
        assertEquals(changes.get(2).seq(), store.changes().head());
        assertEquals(List.of(changes.get(2)), after(changes.get(1).seq()), "since N leaves out N and before");
        assertEquals(List.of(), after(store.changes().head()));
        assertEquals(2, store.changes().since(0, 2).size(), "at most the limit");
        assertThrows(IllegalArgumentException.class, () -> store.changes().since(0, 0));
    }

    @Test
    void theSameContentAgainAppendsNothingAndAnotherSourceChangesTheEvent() {
        ingest(report("note-1", "Outlet One", NOV_14, BODY), clash(), capture());
        long head = store.changes().head();
        ingest(report("note-1", "Outlet One", NOV_14, BODY), clash(), capture());
        assertEquals(head, store.changes().head(), "an unchanged report changes nothing");

        ingest(report("note-2", "Outlet Two", NOV_14, "Outlet Two also saw the clash at Kafr Test."), clash());
        List<Change> changes = after(head);
        assertEquals(List.of(ChangeKind.CHANGED), kinds(changes), "the clash gained a source: " + changes);
        assertEquals(after(0).get(0).eventId(), changes.get(0).eventId());
    }

    @Test
    void aCorrectedReportThatDropsTheCaptureRemovesItAndMovesTheTimeline() {
        ingest(report("note-1", "Outlet One", NOV_14, BODY), clash(), capture());
        long captureId = after(0).get(1).eventId();
        long head = store.changes().head();
        ingest(report("note-1", "Outlet One", NOV_14, BODY + " (corrected)"), clash());
        List<Change> changes = after(head);
        Change removed = changes.stream().filter(c -> c.kind() == ChangeKind.REMOVED).findFirst().orElseThrow();
        assertEquals(captureId, removed.eventId());
        Change control = changes.stream().filter(c -> c.kind() == ChangeKind.CONTROL).findFirst().orElseThrow();
        assertEquals(PlaceKey.of(TELL_SAMPLE), control.placeKey());
        assertTrue(kinds(changes).contains(ChangeKind.CHANGED), "the clash was read again: " + changes);
    }

    @Test
    void aRejectionEndsWithTheEventsRemoval() {
        ingest(report("note-1", "Outlet One", NOV_14, BODY), clash(), capture());
        long clashId = after(0).get(0).eventId();
        long head = store.changes().head();
        store.reviews().review(clashId, ReviewAction.CONFIRM, Map.of(), "amira", null);
        List<Change> confirmed = after(head);
        assertEquals(List.of(ChangeKind.CHANGED), kinds(confirmed));
        store.reviews().review(clashId, ReviewAction.REJECT, Map.of(), "amira", "not a clash");
        List<Change> rejected = after(confirmed.get(0).seq());
        assertEquals(ChangeKind.REMOVED, rejected.get(rejected.size() - 1).kind(), "last: " + rejected);
        assertEquals(clashId, rejected.get(rejected.size() - 1).eventId());
    }
}
