package org.sitrep.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.gazetteer.DistrictNames;
import org.sitrep.store.db.Keys;

/**
 * The {@code admin2} filter as people write it, turned into a district the store's events have:
 * the same name in any case, or another spelling of it ("Afrin District", "the sub-district of
 * Afrin", "al-Bab" for "Al Bab": {@link DistrictNames}). A value that is no district of the events
 * is refused with the districts they have.
 */
final class DistrictFilter {
    /** A refusal lists at most this many districts, so the message stays a line. */
    static final int MAX_LISTED = 60;

    private final Supplier<Set<String>> known;
    private final DistrictNames names = DistrictNames.standard();

    /** @param known the districts the store's events have, as written */
    DistrictFilter(Supplier<Set<String>> known) {
        this.known = known;
    }

    /** The district as the store holds it; null for null. */
    String resolve(String written) {
        if (written == null) {
            return null;
        }
        Set<String> districts = known.get();
        String key = Keys.of(written);
        if (districts.stream().anyMatch(d -> key.equals(Keys.of(d)))) {
            return written;
        }
        String loose = names.key(written);
        Map<String, String> matches = new LinkedHashMap<>();
        for (String d : districts) {
            if (loose != null && loose.equals(names.key(d))) {
                matches.putIfAbsent(Keys.of(d), d);
            }
        }
        if (matches.size() == 1) {
            return matches.values().iterator().next();
        }
        if (matches.size() > 1) {
            throw new BadParameterException("'admin2' '" + Filters.clip(written) + "' may be any of "
                    + String.join(", ", matches.values()) + ": give one as written there");
        }
        throw new BadParameterException("'admin2' is not a district events have: '" + Filters.clip(written)
                + "' (known: " + listed(districts) + ")");
    }

    private static String listed(Set<String> districts) {
        if (districts.isEmpty()) {
            return "none: no event's place has a second-level area in the gazetteer";
        }
        List<String> first = districts.stream().limit(MAX_LISTED).toList();
        String more = districts.size() > MAX_LISTED ? " and " + (districts.size() - MAX_LISTED) + " more" : "";
        return String.join(", ", first) + more;
    }
}
