package org.sitrep.store.review;

import java.util.Locale;

/** What a reviewer does to one event (merging and splitting move accounts between events). */
public enum ReviewAction {
    CONFIRM(ReviewStatus.CONFIRMED),
    CORRECT(ReviewStatus.CORRECTED),
    REJECT(ReviewStatus.REJECTED);

    private final ReviewStatus status;

    ReviewAction(ReviewStatus status) {
        this.status = status;
    }

    public ReviewStatus status() {
        return status;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
