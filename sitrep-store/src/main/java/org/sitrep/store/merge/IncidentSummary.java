package org.sitrep.store.merge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.store.event.DateWindow;

/**
 * An incident's summary columns, computed from its members: the days every member allows, the
 * fatality range of the sources that do not deny it, how many distinct sources assert it, and
 * the representative member whose date, place and JSON the incident shows.
 */
record IncidentSummary(Member representative, DateWindow window, int fatalitiesLow, int fatalitiesHigh,
        int claimCount, int corroboration) {

    /** A change of control first, then the finest date, the finest place, the most confident. */
    private static final Comparator<Member> REPRESENTATIVE = Comparator
            .comparing((Member m) -> !m.territorial())
            .thenComparingInt(m -> precisionRank(m.date(), m.datePrecision()))
            .thenComparingInt(m -> m.geoPrecision() == null ? Integer.MAX_VALUE : m.geoPrecision())
            .thenComparing(Comparator.comparingDouble(Member::confidence).reversed())
            .thenComparingLong(Member::rank);

    /** The summary of at least one member. */
    static IncidentSummary of(List<Member> members) {
        DateWindow window = null;
        for (Member m : members) {
            if (m.window() != null) {
                window = window == null ? m.window() : window.common(m.window());
            }
        }
        List<Member> asserting = members.stream().filter(m -> !m.denied()).toList();
        List<Member> counted = asserting.isEmpty() ? members : asserting;
        // 0 means "none reported" in the model: a source that gives no figure disputes no figure
        int low = counted.stream().mapToInt(Member::fatalities).filter(f -> f > 0).min().orElse(0);
        int high = counted.stream().mapToInt(Member::fatalities).max().orElse(0);
        Set<String> sources = new HashSet<>();
        for (Member m : asserting) {
            sources.add(m.sourceKey() == null ? "" : m.sourceKey());
        }
        Member rep = counted.stream().min(REPRESENTATIVE).orElseThrow();
        return new IncidentSummary(rep, window, low, high, members.size(), sources.size());
    }

    private static int precisionRank(LocalDate date, String precision) {
        if (date == null) {
            return 9;
        }
        if (precision == null) {
            return 0;
        }
        return switch (precision.toLowerCase(Locale.ROOT)) {
            case "week" -> 1;
            case "month" -> 2;
            case "year" -> 3;
            default -> 0;
        };
    }
}
