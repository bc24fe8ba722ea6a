package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.ReviewAction;

/** {@code export --format training}: what people reviewed, as ACLED CSV records with their sentences. */
class TrainingExportTest {
    private static final String RAID = "Gunmen raided the market of Kafr Invented, killing two traders.";
    private static final String SHELLING = "Shells fell on Tall Made-Up overnight.";
    private static final String CLASH = "Fighting went on near Ayn Imagined.";

    @TempDir
    Path tmp;

    private static Event event(String sub, String type, String place, double lat, String sentence, int start, int dead) {
        Location at = new Location(place, place, List.of(), "Idlib", null, "Syria", lat, 36.6, 1, "test", null);
        return new Event("note", LocalDate.of(2023, 6, 1), "day", null, type, sub,
                new Actor("Rebel Front", "opposition", 2, null), null, List.of(), List.of(), at, "Syria", dead, null,
                List.of(), null, 0.8, new Evidence(sentence, start, start + sentence.length()));
    }

    @Test
    void reviewedEventsBecomeTrainingRecordsWithTheirSentence() throws Exception {
        Path data = tmp.resolve("data");
        String body = RAID + " " + SHELLING + " " + CLASH;
        try (Store store = Store.openDataDir(data)) {
            store.reports().store(new Report("note", "Note", null, "Outlet", LocalDate.of(2023, 6, 2), null, null,
                    List.of(), null, body, null, null), List.of(
                    event("Armed clash", "Battles", "Kafr Invented", 35.1, RAID, 0, 2),
                    event("Shelling/artillery/missile attack", "Explosions/Remote violence", "Tall Made-Up", 35.2,
                            SHELLING, RAID.length() + 1, 0),
                    event("Armed clash", "Battles", "Ayn Imagined", 35.3, CLASH, RAID.length() + SHELLING.length() + 2, 0)));
            List<Incident> all = store.incidents().find(EventQuery.all(), org.sitrep.store.PageRequest.first(10)).items();
            long raid = idAt(all, "Kafr Invented");
            store.reviews().review(raid, ReviewAction.CORRECT, Map.of("sub_type", "Attack"), "amira", "traders, not fighters");
            store.reviews().review(idAt(all, "Tall Made-Up"), ReviewAction.CONFIRM, Map.of(), "amira", null);
            store.reviews().review(idAt(all, "Ayn Imagined"), ReviewAction.REJECT, Map.of(), "amira", "no event");
        }
        Path csv = tmp.resolve("training.csv");
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "export", "--data", data.toString(), "--format", "training", "--out", csv.toString());
        assertEquals(0, status, err.toString());
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertTrue(header.containsAll(List.of("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
                "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "notes")), header.toString());
        assertEquals(3, lines.size(), "the corrected and the confirmed event; the rejected and unreviewed left out");
        String corrected = lines.stream().filter(l -> l.contains("Kafr Invented")).findFirst().orElseThrow();
        List<String> row = Arrays.asList(corrected.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
        assertEquals("Violence against civilians", row.get(header.indexOf("event_type")));
        assertEquals("Attack", row.get(header.indexOf("sub_event_type")));
        assertEquals("\"" + RAID + "\"", row.get(header.indexOf("notes")));
        assertEquals("2", row.get(header.indexOf("fatalities")));
        assertEquals("corrected", row.get(header.indexOf("review_status")));
        assertTrue(err.toString().contains("2 events written"), err.toString());
    }

    @Test
    void evaluateReviewedScoresTheExtractorAgainstWhatPeopleDecided() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.openDataDir(data)) {
            store.reports().store(new Report("note", "Note", null, "Outlet", LocalDate.of(2023, 6, 2), null, null,
                    List.of(), null, RAID, null, null), List.of(event("Armed clash", "Battles", "Kafr Invented", 35.1,
                    RAID, 0, 2)));
            List<Incident> all = store.incidents().find(EventQuery.all(), org.sitrep.store.PageRequest.first(10)).items();
            store.reviews().review(idAt(all, "Kafr Invented"), ReviewAction.CORRECT, Map.of("sub_type", "Attack"),
                    "amira", "traders, not fighters");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--data", data.toString(), "--reviewed", "--no-model");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("1 records, 1 distinct notes"), out.toString());
        assertTrue(out.toString().contains("acled type-F1="), out.toString());
        StringWriter none = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(none, true),
                "evaluate", "--data", data.toString()), "neither --acled nor --reviewed");
    }

    private static long idAt(List<Incident> all, String place) {
        return all.stream().filter(i -> place.equals(i.summary().location().name())).findFirst().orElseThrow().id();
    }
}
