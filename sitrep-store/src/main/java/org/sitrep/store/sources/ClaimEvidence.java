package org.sitrep.store.sources;

import org.sitrep.store.event.DateWindow;

/**
 * What one incident says about one source that tells or denies it. Flags are 0 or 1 so that rows
 * add up to a source's tally.
 *
 * @param weightFor     evidence for the source: an independent corroboration (twice for a claim
 *                      against its own side's interest), an analyst's confirmation
 * @param weightAgainst evidence against it: a contradiction, an analyst's rejection, a change of
 *                      control reversed within days (half)
 * @param placeKey      for a change of control, its place (else null)
 * @param window        for a change of control, its days (else null)
 */
public record ClaimEvidence(long incidentId, String sourceKey, String sourceName, String period, int denial,
        int corroborated, int contradicted, int reversed, int unconfirmed, int againstInterest, int ownGain,
        int confirmed, int rejected, double weightFor, double weightAgainst, String placeKey,
        DateWindow window) {
}
