package org.sitrep.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.review.ReviewFilter;
import org.sitrep.store.review.ReviewStatus;

/**
 * The review filters of the event endpoints: {@code status} (one or more, comma-separated, or
 * {@code all}), {@code reviewer}, {@code corrected} (true or false) and {@code updated_since}
 * (an instant, or a date meaning its start in UTC).
 */
public final class ReviewFilters {
    private ReviewFilters() {
    }

    public static ReviewFilter of(Map<String, List<String>> params) {
        return new ReviewFilter(statuses(Filters.value(params, "status")), Filters.name(params, "reviewer"),
                corrected(Filters.value(params, "corrected")), instant(params, "updated_since"));
    }

    private static Set<ReviewStatus> statuses(String v) {
        if (v == null) {
            return null;
        }
        if (v.equals("all")) {
            return EnumSet.allOf(ReviewStatus.class);
        }
        Set<ReviewStatus> out = EnumSet.noneOf(ReviewStatus.class);
        for (String part : v.split(",")) {
            try {
                out.add(ReviewStatus.of(part));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("unknown status '" + Filters.clip(part) + "' (extracted, confirmed, "
                        + "corrected, rejected, merged, needs_review, comma-separated, or all)");
            }
        }
        return out;
    }

    private static Boolean corrected(String v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException("'corrected' is true or false, not '" + Filters.clip(v) + "'");
        };
    }

    /** An instant ({@code 2026-12-04T17:00:00Z}) or a date (its start, UTC); null when absent. */
    public static Instant instant(Map<String, List<String>> params, String name) {
        String v = Filters.value(params, name);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("'" + name + "' must be an instant like 2026-12-04T17:00:00Z or a date "
                    + "YYYY-MM-DD, not '" + Filters.clip(v) + "'");
        }
    }
}
