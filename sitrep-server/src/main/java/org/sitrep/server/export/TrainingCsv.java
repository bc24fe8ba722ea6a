package org.sitrep.server.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.ReviewState;

/**
 * Reviewed events as training records in ACLED's CSV form, one per account: the event as people
 * left it (type, actors, place) with that account's sentence in {@code notes}, so a learner that
 * reads ACLED's notes learns from the analysts' corrections ({@code sitrep train --corrections}).
 * Fatalities are the reviewed figure for an event told once; an event told by several accounts
 * gives each sentence its own figure (the reviewed one is the conservative figure of them all).
 */
final class TrainingCsv {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "notes",
            "review_status", "reviewer", "corrections");

    private final Countries countries = new Countries();

    /** The records of one reviewed, dated incident: one per account with a sentence. */
    List<List<String>> rows(Incident i, ReviewState review) {
        Event s = i.summary();
        Location l = s.location();
        Countries.Country country = countries.of(s.country() != null ? s.country() : l == null ? null : l.country());
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (Claim c : i.claims()) {
            if (c.evidence() == null || c.evidence().text() == null || c.evidence().text().isBlank()) {
                continue;
            }
            n++;
            List<String> r = new ArrayList<>(COLUMNS.size());
            r.add(country.iso3() + i.id() + (i.claims().size() > 1 ? "." + n : ""));
            r.add(i.date().toString());
            r.add(i.eventType());
            r.add(text(i.subEventType()));
            r.add(name(s.actor1()));
            r.add(name(s.actor2()));
            r.add(country.name());
            r.add(l == null ? "" : text(l.admin1()));
            r.add(l == null ? "" : text(l.name() != null ? l.name() : l.mention()));
            r.add(l == null || l.latitude() == null ? "" : String.format(Locale.ROOT, "%.4f", l.latitude()));
            r.add(l == null || l.longitude() == null ? "" : String.format(Locale.ROOT, "%.4f", l.longitude()));
            r.add(Integer.toString(i.claims().size() == 1 ? i.fatalitiesLow() : c.fatalities()));
            r.add(c.evidence().text().strip());
            r.add(review.status().label());
            r.add(text(review.reviewer()));
            r.add(Integer.toString(review.corrections()));
            out.add(r);
        }
        return out;
    }

    private static String name(Actor a) {
        return a == null ? "" : text(a.name());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
