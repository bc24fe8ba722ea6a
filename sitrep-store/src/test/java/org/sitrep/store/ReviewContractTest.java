package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.ABU_EXAMPLE;
import static org.sitrep.store.Fixtures.KAFR_TEST;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.report.ReportStore;
import org.sitrep.store.review.Deletion;
import org.sitrep.store.review.ReviewAction;
import org.sitrep.store.review.ReviewState;
import org.sitrep.store.review.ReviewStatus;
import org.sitrep.store.review.Revision;
import org.sitrep.store.user.Role;
import org.sitrep.store.user.Tokens;
import org.sitrep.store.user.UserStore;

/** Users and analyst review on a real database: decisions, their history, and re-ingest keeping them. */
abstract class ReviewContractTest extends StoreTestBase {
    private static final String CLASH = "On the 14th government forces clashed with militants near Kafr Test.";
    private static final String STRIKE = "An air strike hit Tell Sample the same day, killing four.";

    ReviewContractTest(Backend backend) {
        super(backend);
    }

    private void storeReport(String body, Event... events) {
        store.reports().store(report("daily-note", "Outlet One", NOV_14, body), List.of(events));
    }

    private Event clash(int killed) {
        return event().evidence(CLASH).killed(killed).build();
    }

    private Event strike() {
        return event().sub("Air/drone strike").at(TELL_SAMPLE).killed(4).evidence(STRIKE).build();
    }

    private List<Incident> incidents() {
        return store.incidents().find(EventQuery.all(), PageRequest.first(100)).items();
    }

    private Incident at(String place) {
        return incidents().stream().filter(i -> place.equals(i.summary().location().name())).findFirst().orElseThrow();
    }

    @Test
    void usersHaveRolesAndTokensKeptOnlyAsHashes() {
        UserStore users = store.users();
        UserStore.NewUser added = users.add("amira", Role.ANALYST);
        assertEquals(43, added.token().length(), "256 random bits, base64url");
        assertEquals("amira", users.authenticate(added.token()).orElseThrow().name());
        assertEquals(Role.ANALYST, users.authenticate(added.token()).orElseThrow().role());
        List<String> stored = store.database().read(c -> org.sitrep.store.db.Sql.list(c,
                "SELECT token_hash FROM sitrep_user", List.of(), rs -> rs.getString(1)));
        assertEquals(List.of(Tokens.hash(added.token())), stored);
        assertFalse(stored.get(0).contains(added.token()));
        assertTrue(users.authenticate("not-" + added.token()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> users.add("amira", Role.ADMIN));
        assertThrows(IllegalArgumentException.class, () -> users.add("two words", Role.ADMIN));
        assertTrue(users.revoke("amira"));
        assertTrue(users.authenticate(added.token()).isEmpty());
        assertFalse(users.list().get(0).active());
        assertEquals(0, users.activeCount());
    }

    @Test
    void idsAreStableAcrossReextractionAndDoNotFollowInsertionOrder() {
        storeReport(CLASH + "\n\n" + STRIKE, clash(0), strike());
        long clashId = at("Kafr Test").id();
        long strikeId = at("Tell Sample").id();
        // a corrected version of the report, its events read in the other order
        storeReport(CLASH + "\n\n" + STRIKE + "\n\nUpdated.", strike(), clash(0));
        assertEquals(clashId, at("Kafr Test").id());
        assertEquals(strikeId, at("Tell Sample").id());
    }

    @Test
    void aCorrectionShowsTheReviewedFieldsAndTheHistoryBothVersions() {
        storeReport(CLASH, clash(3));
        long id = at("Kafr Test").id();
        ReviewState s = store.reviews().review(id, ReviewAction.CORRECT, Map.of("sub_type", "Air/drone strike",
                "place", Map.of("name", "Abu Example", "admin1", "Deir ez-Zor", "latitude", 34.4, "longitude", 40.9)),
                "amira", "the report names the aircraft");
        assertEquals(ReviewStatus.CORRECTED, s.status());
        assertEquals(1, s.corrections());
        Incident shown = store.incidents().get(id).orElseThrow();
        assertEquals("Explosions/Remote violence", shown.eventType());
        assertEquals("Air/drone strike", shown.subEventType());
        assertEquals("Abu Example", shown.summary().location().name());
        assertEquals(40.9, shown.summary().location().longitude());
        assertEquals(1, shown.claims().size(), "the source's own account stays as told");
        assertEquals("Armed clash", shown.claims().get(0).subEventType());

        List<Revision> history = store.reviews().history(id);
        assertEquals(List.of("extracted", "correct"), history.stream().map(Revision::action).toList());
        assertEquals(ReportStore.RULES_EXTRACTOR, history.get(0).extractorVersion());
        assertEquals("Armed clash", history.get(0).after().subType());
        assertEquals("Armed clash", history.get(1).before().subType());
        assertEquals("Air/drone strike", history.get(1).after().subType());
        assertEquals("amira", history.get(1).author());
        assertEquals("the report names the aircraft", history.get(1).reason());
    }

    @Test
    void badChangesAreRefusedAndNothingIsWritten() {
        storeReport(CLASH, clash(3));
        long id = at("Kafr Test").id();
        assertThrows(IllegalArgumentException.class, () -> store.reviews().review(id, ReviewAction.CORRECT,
                Map.of("sub_type", "Dance party"), "amira", null));
        assertThrows(IllegalArgumentException.class, () -> store.reviews().review(id, ReviewAction.CORRECT,
                Map.of("colour", "red"), "amira", null));
        assertThrows(IllegalArgumentException.class, () -> store.reviews().review(id, ReviewAction.CORRECT,
                Map.of("fatalities", -2), "amira", null));
        assertThrows(IllegalArgumentException.class, () -> store.reviews().review(id, ReviewAction.CORRECT,
                Map.of("coordinates", Map.of("latitude", 95, "longitude", 10)), "amira", null));
        assertThrows(NoSuchElementException.class, () -> store.reviews().review(id + 1000, ReviewAction.CONFIRM,
                Map.of(), "amira", null));
        assertTrue(store.reviews().history(id).isEmpty(), "a refused decision leaves no trace");
        assertTrue(store.reviews().state(id).isEmpty());
    }

    @Test
    void reingestAndReextractionNeverUndoAPersonsDecision() {
        storeReport(CLASH + "\n\n" + STRIKE, clash(3), strike());
        long clashId = at("Kafr Test").id();
        long strikeId = at("Tell Sample").id();
        store.reviews().review(clashId, ReviewAction.CORRECT, Map.of("fatalities", 5, "sub_type", "Attack"), "amira",
                "five per the hospital");
        store.reviews().review(strikeId, ReviewAction.REJECT, Map.of(), "amira", "a drill, not a strike");

        // a corrected version of the report, read the same: decisions stand, nothing flagged
        storeReport(CLASH + "\n\n" + STRIKE + "\n\n(corrected)", clash(3), strike());
        Incident clash = store.incidents().get(clashId).orElseThrow();
        assertEquals("Attack", clash.subEventType());
        assertEquals(5, clash.fatalitiesLow());
        assertEquals(ReviewStatus.CORRECTED, store.reviews().state(clashId).orElseThrow().status());
        assertEquals(ReviewStatus.REJECTED, store.reviews().state(strikeId).orElseThrow().status());

        // a new extractor reads the clash's sentence otherwise: kept as reviewed, flagged, both shown
        store.reports().extractorVersion("learned 2026-12");
        storeReport(CLASH + "\n\n" + STRIKE + "\n\n(corrected again)", clash(9), strike());
        clash = store.incidents().get(clashId).orElseThrow();
        assertEquals("Attack", clash.subEventType());
        assertEquals(5, clash.fatalitiesLow(), "the reviewed figure, not the machine's new 9");
        ReviewState state = store.reviews().state(clashId).orElseThrow();
        assertEquals(ReviewStatus.NEEDS_REVIEW, state.status());
        assertEquals(5, state.reviewed().fatalities());
        assertEquals(9, state.pending().fatalities());
        Revision last = store.reviews().history(clashId).get(store.reviews().history(clashId).size() - 1);
        assertEquals("reextracted", last.action());
        assertEquals("learned 2026-12", last.extractorVersion());
        assertEquals(ReviewStatus.REJECTED, store.reviews().state(strikeId).orElseThrow().status(),
                "a rejected event stays rejected");

        // the same new reading again flags nothing more
        int entries = store.reviews().history(clashId).size();
        storeReport(CLASH + "\n\n" + STRIKE + "\n\n(and again)", clash(9), strike());
        assertEquals(entries, store.reviews().history(clashId).size());

        // confirming takes the new reading as the one reviewed
        store.reviews().review(clashId, ReviewAction.CONFIRM, Map.of(), "amira", "5 stands");
        assertNull(store.reviews().state(clashId).orElseThrow().pending());
        assertEquals(ReviewStatus.CONFIRMED, store.reviews().state(clashId).orElseThrow().status());
    }

    @Test
    void aNewReadingOfTheKindOfAReviewedEventIsFlaggedNotLost() {
        storeReport(CLASH + "\n\n" + STRIKE, clash(3), strike());
        long clashId = at("Kafr Test").id();
        long strikeId = at("Tell Sample").id();
        store.reviews().review(clashId, ReviewAction.CONFIRM, Map.of(), "amira", "a clash it was");
        // another extractor reads the clash's sentence as an air strike: another kind, so another key
        Event readAsStrike = event().sub("Air/drone strike").evidence(CLASH).killed(3).build();
        storeReport(CLASH + "\n\n" + STRIKE + "\n\n(re-read)", readAsStrike, strike());
        Incident shown = store.incidents().get(clashId).orElseThrow();
        assertEquals("Armed clash", shown.subEventType(), "the confirmed reading stands");
        assertEquals(List.of("Air/drone strike"), shown.claims().stream().map(cl -> cl.subEventType()).toList(),
                "the sentence's new reading joined the reviewed event");
        ReviewState state = store.reviews().state(clashId).orElseThrow();
        assertEquals(ReviewStatus.NEEDS_REVIEW, state.status());
        assertEquals("Air/drone strike", state.pending().subType());
        assertEquals(strikeId, at("Tell Sample").id(), "the unreviewed strike of the other sentence is untouched");
        assertEquals(2, incidents().size());
    }

    @Test
    void theHistoryRefusesUpdateAndDeleteOnTheDatabaseItself() {
        storeReport(CLASH, clash(3));
        long id = at("Kafr Test").id();
        store.reviews().review(id, ReviewAction.CONFIRM, Map.of(), "amira", null);
        assertEquals(2, store.reviews().history(id).size());
        assertThrows(RuntimeException.class, () -> store.database().write(c -> org.sitrep.store.db.Sql.update(c,
                "UPDATE revision SET author = 'mallory'", List.of())));
        assertThrows(RuntimeException.class, () -> store.database().write(c -> org.sitrep.store.db.Sql.update(c,
                "DELETE FROM revision", List.of())));
        assertEquals(List.of("extractor", "amira"), store.reviews().history(id).stream().map(Revision::author).toList());
        // and the store's public face offers nothing that changes or removes an entry
        for (var m : org.sitrep.store.review.ReviewStore.class.getMethods()) {
            assertFalse(m.getName().matches("(delete|remove|edit|update|clear|truncate)(?![a-z]).*"), m.getName());
        }
    }

    @Test
    void mergedAndSplitEventsStaySoAfterReingest() {
        storeReport(CLASH + "\n\n" + STRIKE, clash(3), event().at(ABU_EXAMPLE).evidence(STRIKE).killed(2).build());
        long a = at("Kafr Test").id();
        long b = at("Abu Example").id();
        assertNotEquals(a, b);
        store.reviews().merge(a, b, "amira", "one battle, two villages");
        assertEquals(2, store.incidents().get(a).orElseThrow().claims().size());
        assertTrue(store.incidents().get(b).isEmpty());
        assertEquals(ReviewStatus.MERGED, store.reviews().state(b).orElseThrow().status());
        assertEquals(a, store.reviews().state(b).orElseThrow().mergedInto());
        assertThrows(IllegalStateException.class, () -> store.reviews().review(b, ReviewAction.CONFIRM, Map.of(), "x", null));

        storeReport(CLASH + "\n\n" + STRIKE + "\n\nv2", clash(3), event().at(ABU_EXAMPLE).evidence(STRIKE).killed(2).build());
        assertEquals(2, store.incidents().get(a).orElseThrow().claims().size(), "the merge survives re-ingest");
        assertTrue(store.incidents().get(b).isEmpty());

        long moved = store.incidents().get(a).orElseThrow().claims().stream()
                .filter(cl -> cl.evidence().text().equals(STRIKE)).findFirst().orElseThrow().eventId();
        ReviewState split = store.reviews().split(a, moved, "amira", "separate after all");
        assertEquals(1, store.incidents().get(a).orElseThrow().claims().size());
        assertEquals(1, store.incidents().get(split.eventId()).orElseThrow().claims().size());
        storeReport(CLASH + "\n\n" + STRIKE + "\n\nv3", clash(3), event().at(ABU_EXAMPLE).evidence(STRIKE).killed(2).build());
        assertEquals(1, store.incidents().get(a).orElseThrow().claims().size(), "the split survives re-ingest");
        assertEquals(1, store.incidents().get(split.eventId()).orElseThrow().claims().size());
    }

    @Test
    void eventsOfDifferentDaysMayBeMergedByAPerson() {
        storeReport(CLASH + "\n\n" + STRIKE, clash(3), event().at(ABU_EXAMPLE).evidence(STRIKE)
                .date(NOV_14.plusDays(3)).build());
        long a = at("Kafr Test").id();
        long b = at("Abu Example").id();
        store.reviews().merge(a, b, "amira", "the same raid, dated by its end");
        Incident merged = store.incidents().get(a).orElseThrow();
        assertEquals(2, merged.claims().size());
        assertEquals(NOV_14, merged.date(), "the reviewed event keeps the date it had");
    }

    @Test
    void deletionsAreListedForSync() {
        Instant before = Instant.now().minusSeconds(1);
        storeReport(CLASH + "\n\n" + STRIKE, clash(3), strike());
        long strikeId = at("Tell Sample").id();
        store.reviews().review(strikeId, ReviewAction.REJECT, Map.of(), "amira", null);
        storeReport(CLASH, clash(3)); // the strike is no longer told at all
        List<Deletion> gone = store.reviews().deletedSince(before);
        assertTrue(gone.stream().anyMatch(d -> d.eventId() == strikeId && d.reason().equals("rejected")), gone.toString());
        assertTrue(gone.stream().anyMatch(d -> d.eventId() == strikeId && d.reason().equals("removed")), gone.toString());
        assertTrue(store.reviews().deletedSince(Instant.now().plusSeconds(60)).isEmpty());
    }
}
