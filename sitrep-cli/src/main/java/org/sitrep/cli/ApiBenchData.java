package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;

/**
 * A synthetic store for the API benchmark (fixed seed): reports of a two-year war across a country's
 * governorates, each telling events of ACLED's types at a few thousand places, some told again by
 * other outlets (so they merge), about one in twelve a change of control. Stored through the same
 * path as {@code ingest}, minus extraction.
 */
final class ApiBenchData {
    static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
    static final int DAYS = 730;
    static final List<String> GOVERNORATES = List.of("Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus",
            "Damascus", "Rif Dimashq", "Daraa", "Quneitra", "As-Suwayda", "Deir ez-Zor", "Ar-Raqqa", "Al-Hasakah");
    static final List<String> OUTLETS = List.of("Outlet North", "Outlet South", "Outlet East", "Outlet West",
            "Front Press", "Monitor Network", "Field Notes", "Daily Brief", "Frontline Agency", "Observer",
            "Valley Radio", "Coast News");
    static final List<Actor> ACTORS = List.of(
            new Actor("Syrian Arab Army", "government", 1, null),
            new Actor("Tiger Forces", "government", 1, "Syrian Arab Army"),
            new Actor("National Defence Forces", "government", 3, null),
            new Actor("Hay'at Tahrir al-Sham", "opposition", 2, null),
            new Actor("Ahrar al-Sham", "opposition", 2, null),
            new Actor("Free Syrian Army", "opposition", 2, null),
            new Actor("Islamic State", "isis", 2, null),
            new Actor("Syrian Democratic Forces", "sdf", 2, null),
            new Actor("Turkish Armed Forces", "turkey", 8, null),
            new Actor("Russian Armed Forces", "government", 8, null));
    static final Actor CIVILIANS = new Actor("Civilians", "civilians", 7, null);
    static final Actor PROTESTERS = new Actor("Protesters", "protesters", 6, null);
    private static final String[] WEIGHTED_SUB_TYPES = {
        "Armed clash", "Armed clash", "Armed clash", "Armed clash", "Armed clash", "Armed clash",
        "Shelling/artillery/missile attack", "Shelling/artillery/missile attack", "Shelling/artillery/missile attack",
        "Shelling/artillery/missile attack", "Shelling/artillery/missile attack", "Air/drone strike",
        "Air/drone strike", "Air/drone strike", "Remote explosive/landmine/IED", "Attack", "Attack",
        "Peaceful protest", "Peaceful protest", "Violent demonstration", "Arrests", "Looting/property destruction",
        "Government regains territory", "Non-state actor overtakes territory"};

    /** A place of the synthetic country. */
    record Place(String name, String governorate, double latitude, double longitude) {
    }

    private final Random random;
    private final List<Place> places = new ArrayList<>();

    ApiBenchData(long seed, int placeCount) {
        this.random = new Random(seed);
        for (int i = 0; i < placeCount; i++) {
            int g = i % GOVERNORATES.size();
            // governorates laid out on a grid inside 32.5..37 N, 35.8..42 E
            double lat = 32.5 + (g / 5) * 1.5 + random.nextDouble() * 1.4;
            double lon = 35.8 + (g % 5) * 1.2 + random.nextDouble() * 1.1;
            places.add(new Place(String.format(Locale.ROOT, "Place %04d", i), GOVERNORATES.get(g), lat, lon));
        }
    }

    List<Place> places() {
        return places;
    }

    /** Stores {@code events} events in reports of {@code perReport}, saying how far it got; returns the events stored. */
    long fill(Store store, int events, int perReport, java.io.PrintWriter progress) {
        return fill(store, events, perReport, progress, "bench");
    }

    /** The same, with report ids that start with {@code idPrefix} (more reports for a filled store). */
    long fill(Store store, int events, int perReport, java.io.PrintWriter progress, String idPrefix) {
        // as an ingest stores: each report its own transaction, their commits written together
        return store.database().groupCommit(() -> fillReports(store, events, perReport, progress, idPrefix));
    }

    private long fillReports(Store store, int events, int perReport, java.io.PrintWriter progress, String idPrefix) {
        int reports = (events + perReport - 1) / perReport;
        List<Event> told = new ArrayList<>();
        long stored = 0;
        for (int r = 0; r < reports; r++) {
            LocalDate day = FIRST_DAY.plusDays((long) r * DAYS / reports);
            String outlet = OUTLETS.get(r % OUTLETS.size());
            String id = String.format(Locale.ROOT, "%s-%05d", idPrefix, r);
            int n = Math.min(perReport, events - r * perReport);
            List<Event> list = new ArrayList<>(n);
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Event e = !told.isEmpty() && random.nextInt(100) < 12
                        ? retold(told.get(told.size() - 1 - random.nextInt(Math.min(told.size(), 400))), id)
                        : fresh(day, id);
                list.add(e);
                body.append(e.evidence().text()).append("\n\n");
            }
            told.addAll(list);
            if (told.size() > 2000) {
                told.subList(0, told.size() - 2000).clear();
            }
            Report report = new Report(id, "Situation report " + id, null, outlet, day, null, null, List.of(), null,
                    body.toString().strip(), null, null);
            stored += store.reports().store(report, list).events();
            if ((r + 1) % 200 == 0) {
                progress.println("bench-api: stored " + stored + " events");
                progress.flush();
            }
        }
        return stored;
    }

    private Event fresh(LocalDate reportDay, String reportId) {
        LocalDate date = reportDay.minusDays(random.nextInt(3));
        SubEventType sub = SubEventType.fromLabel(WEIGHTED_SUB_TYPES[random.nextInt(WEIGHTED_SUB_TYPES.length)]);
        Place p = places.get(skewed(places.size()));
        Actor a1 = ACTORS.get(random.nextInt(ACTORS.size()));
        Actor a2 = switch (sub.type()) {
            case PROTESTS, RIOTS -> null;
            case VIOLENCE_AGAINST_CIVILIANS -> CIVILIANS;
            default -> ACTORS.get(random.nextInt(ACTORS.size()));
        };
        if (sub.type() == org.sitrep.model.EventType.PROTESTS) {
            a1 = PROTESTERS;
        }
        int killed = random.nextInt(100) < 60 ? 0 : random.nextInt(25);
        Location at = new Location(p.name(), p.name(), List.of(), p.governorate(), null, "Syria", p.latitude(),
                p.longitude(), 1, "bench", null);
        String sentence = String.format(Locale.ROOT, "On %s %s and %s: %s near %s in %s, %d killed.", date,
                a1.name(), a2 == null ? "no other side" : a2.name(), sub.label().toLowerCase(Locale.ROOT), p.name(),
                p.governorate(), killed);
        Attribution says = random.nextInt(10) == 0 ? new Attribution("local sources", "claimed") : null;
        return new Event(reportId, date, "day", null, sub.type().label(), sub.label(), a1, a2, List.of(), List.of(),
                at, "Syria", killed, null, List.of(), says, 0.8, new Evidence(sentence, 0, sentence.length()));
    }

    /** Another outlet's account of an event: same day, place and type, its own figure. */
    private Event retold(Event e, String reportId) {
        int killed = e.fatalities() == 0 ? 0 : Math.max(0, e.fatalities() + random.nextInt(5) - 2);
        String sentence = e.evidence().text().replaceFirst("\\d+ killed\\.$", killed + " killed, sources say.");
        return new Event(reportId, e.date(), e.datePrecision(), null, e.eventType(), e.subEventType(), e.actor1(),
                e.actor2(), e.assocActor1(), e.assocActor2(), e.location(), e.country(), killed, null, List.of(),
                null, 0.7, new Evidence(sentence, 0, sentence.length()));
    }

    /** Some places far busier than others, as in real reports. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u));
    }
}
