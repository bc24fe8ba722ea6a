package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.KAFR_TEST;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.alert.AlertStore;
import org.sitrep.store.alert.Delivery;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;

/** Watch lists on a real database: what a rule matches, alerts recorded once, sending leased to one sender. */
abstract class AlertContractTest extends StoreTestBase {
    private static final String HOOK = "http://127.0.0.1:9/hook";

    AlertContractTest(Backend backend) {
        super(backend);
    }

    private Incident stored(String place) {
        return store.incidents().find(EventQuery.all(), PageRequest.first(100)).items().stream()
                .filter(i -> place.equals(i.summary().location().name())).findFirst().orElseThrow();
    }

    private void ingestBoth() {
        ingest(report("note-1", "Outlet One", NOV_14, "A clash, then a capture."),
                event().killed(3).evidence("A clash at Kafr Test.").build(),
                event().at(TELL_SAMPLE).sub("Government regains territory").evidence("Tell Sample was taken.").build());
    }

    @Test
    void aRuleMatchesByPlaceActorBoxDeathsAndControl() {
        ingestBoth();
        Incident clash = stored("Kafr Test");
        Incident capture = stored("Tell Sample");
        AlertRule place = AlertRule.draft("cli", "tell sample", null, null, null, false, HOOK);
        assertTrue(place.matches(capture), "names compare as keys (case)");
        assertFalse(place.matches(clash));
        AlertRule control = AlertRule.draft("cli", null, null, new BoundingBox(36, 35, 37, 36), null, true, HOOK);
        assertTrue(control.matches(capture));
        assertFalse(control.matches(clash), "a clash is no change of control");
        AlertRule actor = AlertRule.draft("cli", null, HTS.name(), null, 3, false, HOOK);
        assertTrue(actor.matches(clash));
        assertFalse(actor.matches(capture), "no one killed at Tell Sample");
        assertFalse(AlertRule.draft("cli", null, "Nobody Brigade", null, null, false, HOOK).matches(clash));
        assertFalse(AlertRule.draft("cli", KAFR_TEST.name(), null, new BoundingBox(0, 0, 1, 1), null, false, HOOK)
                .matches(clash), "every condition given must hold");
    }

    @Test
    void badRulesAreRefusedInOneLine() {
        for (Runnable bad : List.<Runnable>of(
                () -> AlertRule.draft("cli", null, " ", null, null, false, HOOK),
                () -> AlertRule.draft("cli", "X", null, null, null, false, "ftp://host/x"),
                () -> AlertRule.draft("cli", "X", null, null, null, false, "not a url"),
                () -> AlertRule.draft("cli", "X", null, null, -1, false, HOOK),
                () -> AlertRule.draft("cli", null, null, new BoundingBox(0, 0, 200, 1), null, false, HOOK))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::run);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void rulesAreKeptPerOwnerAndStartAtTheSequenceHead() {
        AlertStore alerts = store.alerts();
        ingestBoth();
        AlertRule mine = alerts.add(AlertRule.draft("amira", "Tell Sample", null, null, null, true, HOOK));
        alerts.add(AlertRule.draft("cli", null, "Syrian Arab Army", null, null, false, HOOK));
        assertEquals(store.changes().head(), mine.startSeq(), "older events never alert");
        assertEquals(List.of(mine), alerts.rules("amira"));
        assertEquals(2, alerts.rules(null).size());
        assertFalse(alerts.remove(mine.id(), "someone-else"));
        assertTrue(alerts.remove(mine.id(), "amira"));
        assertEquals(1, alerts.rules(null).size());
    }

    @Test
    void aMatchIsRecordedOnceAndSentByOneSenderAtATime() {
        AlertStore alerts = store.alerts();
        AlertRule rule = alerts.add(AlertRule.draft("cli", "Tell Sample", null, null, null, true, HOOK));
        AlertStore.Match match = new AlertStore.Match(rule, 42, 7, "{\"event\":42}");
        assertEquals(1, alerts.record(0, 7, List.of(match)).size());
        assertEquals(7, alerts.cursor());
        assertEquals(List.of(), alerts.record(0, 9, List.of(match)), "the cursor moved on: another process matched");
        assertEquals(List.of(), alerts.record(7, 9, List.of(match)), "the same rule and event: no second alert");
        assertEquals(9, alerts.cursor());

        Instant now = Instant.now();
        List<Delivery> due = alerts.due(now, 10);
        assertEquals(1, due.size());
        long id = due.get(0).id();
        assertTrue(alerts.lease(id, now, now.plusSeconds(30)));
        assertFalse(alerts.lease(id, now, now.plusSeconds(30)), "held by the first sender");
        alerts.attemptFailed(id, 1, "HTTP 500", now.plusSeconds(2));
        assertEquals(List.of(), alerts.due(now, 10), "not before its retry time");
        assertEquals(1, alerts.due(now.plusSeconds(3), 10).size());
        assertTrue(alerts.lease(id, now.plusSeconds(3), now.plusSeconds(33)));
        alerts.delivered(id, 2);
        Delivery sent = alerts.recent(null, 10).get(0);
        assertEquals(Delivery.DELIVERED, sent.status());
        assertEquals(2, sent.attempts());
        assertFalse(alerts.lease(id, now.plusSeconds(60), now.plusSeconds(90)), "delivered: never sent again");
        assertEquals(List.of(sent), alerts.recent("cli", 10));
        assertEquals(List.of(), alerts.recent("amira", 10));
    }
}
