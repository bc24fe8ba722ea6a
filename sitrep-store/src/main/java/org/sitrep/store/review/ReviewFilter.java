package org.sitrep.store.review;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The review side of an event query: which statuses (by default every one but rejected and
 * merged: the record as people left it), who reviewed, whether corrected, and changed since when.
 *
 * @param corrected    true: corrected at least once; false: never; null: either
 * @param updatedSince events whose incident changed after this instant; null: any
 */
public record ReviewFilter(Set<ReviewStatus> statuses, String reviewer, Boolean corrected, Instant updatedSince) {
    public static final ReviewFilter DEFAULT = new ReviewFilter(null, null, null, null);

    public ReviewFilter {
        statuses = statuses == null || statuses.isEmpty() ? visible() : Set.copyOf(statuses);
    }

    private static Set<ReviewStatus> visible() {
        Set<ReviewStatus> out = EnumSet.noneOf(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            if (s.visible()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether an event with this review (null: never reviewed) and last change passes. */
    public boolean accepts(ReviewState review, Instant updatedAt) {
        ReviewStatus status = review == null ? ReviewStatus.EXTRACTED : review.status();
        if (!statuses.contains(status)) {
            return false;
        }
        if (reviewer != null && (review == null || !reviewer.equalsIgnoreCase(review.reviewer()))) {
            return false;
        }
        if (corrected != null && corrected != (review != null && review.corrections() > 0)) {
            return false;
        }
        return updatedSince == null || updatedAt != null && updatedAt.isAfter(updatedSince);
    }
}
