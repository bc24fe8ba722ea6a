package org.sitrep.server.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.event.StoredEvent;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.ReviewState;
import org.sitrep.store.review.ReviewStatus;

/**
 * Merged events as rows of ACLED's CSV, with ACLED's column names and conventions, so tools that
 * read ACLED exports read these: one row per event, {@code fatalities} the most conservative
 * figure a source gives, every source in {@code source}, the evidence sentence in {@code notes}.
 */
final class AcledCsv {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp", "review_status", "reviewer", "corrections");
    private final Countries countries = new Countries();
    private final DisorderTypes disorder = new DisorderTypes();
    private final AcledConventions conventions = new AcledConventions();
    private final AcledActors actors;

    AcledCsv(ActorDictionary dictionary) {
        this.actors = new AcledActors(dictionary);
    }

    /**
     * The row of an event ({@code event_date} and {@code year} empty when its year is unknown);
     * {@code ingested} gives each report's storing time, for {@code timestamp}; {@code reportEvents}
     * a report's events, to find deaths a change of control shares with another event.
     */
    List<String> row(Incident i, Map<String, Instant> ingested, Function<String, List<StoredEvent>> reportEvents,
            ReviewState review) {
        Long fatalitiesOwner = conventions.fatalitiesOwner(i, reportEvents);
        Event s = i.summary();
        Location l = s.location();
        LocalDate date = i.date();
        Countries.Country country = countries.of(s.country() != null ? s.country() : l == null ? null : l.country());
        int inter1 = inter(s.actor1());
        int inter2 = inter(s.actor2());
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(country.iso3() + i.id());
        r.add(date == null ? "" : date.toString());
        r.add(date == null ? "" : Integer.toString(date.getYear()));
        r.add(Integer.toString(precision(i.datePrecision()).acledCode()));
        r.add(disorder.of(i.eventType(), i.subEventType()));
        r.add(i.eventType());
        r.add(nullToEmpty(i.subEventType()));
        r.add(actors.name(s.actor1(), country.name()));
        r.add(names(s.assocActor1(), country.name()));
        r.add(Integer.toString(inter1));
        r.add(actors.name(s.actor2(), country.name()));
        r.add(names(s.assocActor2(), country.name()));
        r.add(Integer.toString(inter2));
        r.add(Integer.toString(interaction(inter1, inter2)));
        r.add(conventions.civilianTargeting(i.eventType(), s.actor2(), s.assocActor2()) ? "Civilian targeting" : "");
        r.add(country.iso());
        r.add(country.region());
        r.add(country.name());
        r.add(l == null ? "" : nullToEmpty(l.admin1()));
        r.add(l == null ? "" : nullToEmpty(l.admin2()));
        r.add("");
        r.add(l == null ? "" : nullToEmpty(l.name() != null ? l.name() : l.mention()));
        r.add(l == null || l.latitude() == null ? "" : coordinate(l.latitude()));
        r.add(l == null || l.longitude() == null ? "" : coordinate(l.longitude()));
        r.add(l == null || l.geoPrecision() == null ? "" : l.geoPrecision().toString());
        r.add(String.join("; ", i.sources()));
        r.add("Other");
        r.add(s.evidence() == null ? "" : nullToEmpty(s.evidence().text()));
        r.add(Integer.toString(fatalitiesOwner == null ? i.fatalitiesLow() : 0));
        r.add(tags(i, fatalitiesOwner));
        r.add(Long.toString(timestamp(i, ingested)));
        r.add((review == null ? ReviewStatus.EXTRACTED : review.status()).label());
        r.add(review == null || review.reviewer() == null ? "" : review.reviewer());
        r.add(Integer.toString(review == null ? 0 : review.corrections()));
        return r;
    }

    /** ACLED's interaction: the two inter codes, lower first; a lone actor's code followed by 0. */
    static int interaction(int inter1, int inter2) {
        if (inter1 == 0 || inter2 == 0) {
            return Math.max(inter1, inter2) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** What ACLED has no column for: the Sitrep id, how many sources, and disagreeing fatality claims. */
    private static String tags(Incident i, Long fatalitiesOwner) {
        List<String> tags = new ArrayList<>();
        tags.add("sitrep_event=" + i.id());
        tags.add("sources=" + i.corroboration());
        tags.add("claims=" + i.claims().size());
        if (i.conflicting()) {
            tags.add("fatalities claimed=" + i.fatalitiesLow() + "-" + i.fatalitiesHigh());
        }
        if (fatalitiesOwner != null) {
            tags.add("fatalities " + i.fatalitiesLow() + " counted on sitrep_event=" + fatalitiesOwner);
        }
        if (i.claims().stream().anyMatch(Claim::denied)) {
            tags.add("denied by a source");
        }
        return String.join("; ", tags);
    }

    /** When the event's latest account was stored, in seconds since 1970 (ACLED's last-change stamp). */
    private static long timestamp(Incident i, Map<String, Instant> ingested) {
        return i.claims().stream().map(c -> ingested.get(c.reportId())).filter(t -> t != null)
                .mapToLong(Instant::getEpochSecond).max().orElse(0);
    }

    private static DatePrecision precision(String label) {
        try {
            return label == null ? DatePrecision.DAY : DatePrecision.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DatePrecision.DAY;
        }
    }

    private static int inter(Actor a) {
        return a == null || a.inter() == null ? 0 : a.inter();
    }

    private String names(List<Actor> list, String country) {
        return list.stream().map(a -> actors.name(a, country)).filter(n -> !n.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
    }

    /** Whether every source denies this change of control (then it is no row). */
    boolean deniedChangeOfControl(Incident i) {
        return conventions.deniedChangeOfControl(i);
    }

    /**
     * What a row lacks that ACLED's users count on (actor1 on a battle, the country's codes,
     * coordinates): none, or one warning naming the row.
     */
    static List<String> problems(List<String> row) {
        String id = row.get(COLUMNS.indexOf("event_id_cnty"));
        List<String> problems = new ArrayList<>();
        if (row.get(COLUMNS.indexOf("event_type")).equals("Battles") && row.get(COLUMNS.indexOf("actor1")).isEmpty()) {
            problems.add("a Battles row without actor1");
        }
        for (String column : List.of("iso", "country", "region")) {
            if (row.get(COLUMNS.indexOf(column)).isEmpty()) {
                problems.add("no " + column);
            }
        }
        if (row.get(COLUMNS.indexOf("latitude")).isEmpty() || row.get(COLUMNS.indexOf("longitude")).isEmpty()) {
            problems.add("no coordinates");
        }
        return problems.isEmpty() ? List.of() : List.of(id + ": " + String.join(", ", problems));
    }

    /** ACLED's four decimals. */
    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
