package org.sitrep.store.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a reviewed incident shows after the machine read its reports again: always the reviewed
 * fields (a person's decision is never overwritten). When the machine's new reading differs from
 * both the reading people reviewed and their decision, the event is flagged {@code needs_review}
 * with the new reading kept beside the reviewed one; a rejected or merged event keeps its status.
 */
public final class Reconciler {
    private Reconciler() {
    }

    /**
     * @param byReviewer the incident is written again by a reviewer's decision (a merge or split
     *                   changes its accounts): the machine's reading now is what they decided on
     */
    public static EventFields shown(Connection c, ReviewState state, EventFields machineNow, String extractorVersion,
            boolean byReviewer) throws SQLException {
        if (byReviewer) {
            if (!machineNow.equals(state.machine())) {
                new ReviewState(state.eventId(), state.status(), state.mergedInto(), state.reviewed(), machineNow, null,
                        state.reviewer(), state.corrections(), state.updatedAt()).save(c);
            }
            return state.reviewed();
        }
        List<String> fresh = machineNow.differences(state.machine()).stream()
                .filter(f -> machineNow.differences(state.reviewed()).contains(f)).toList();
        if (fresh.isEmpty() || machineNow.equals(state.pending())) {
            return state.reviewed();
        }
        ReviewStatus status = state.status().visible() ? ReviewStatus.NEEDS_REVIEW : state.status();
        ReviewState flagged = new ReviewState(state.eventId(), status, state.mergedInto(), state.reviewed(),
                state.machine(), machineNow, state.reviewer(), state.corrections(), java.time.Instant.now());
        flagged.save(c);
        Revisions.append(c, state.eventId(), "extractor", "reextracted", state.reviewed(), machineNow,
                "the machine now reads " + String.join(", ", fresh) + " otherwise; the reviewed values are kept",
                extractorVersion);
        return state.reviewed();
    }
}
