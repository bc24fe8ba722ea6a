package org.sitrep.server.view;

import org.sitrep.store.sources.SourceReliability;
import org.sitrep.store.sources.Tally;

/**
 * A source's reliability as the API shows it: who it is, its counts, the estimate with its 90 %
 * interval, and the reasons in words.
 */
public record SourceView(String name, String key, String kind, String favours, String owner, String period,
        int claims, int denials, int corroborated, int contradicted, int reversed, int unconfirmed,
        int againstInterest, int ownGains, int confirmed, int rejected, Estimate reliability, String explanation) {

    /** The mean of the Beta posterior and its 5 % and 95 % quantiles, with the evidence weights. */
    public record Estimate(double mean, double low, double high, double weightFor, double weightAgainst) {
    }

    public static SourceView of(SourceReliability r) {
        Tally t = r.tally();
        return new SourceView(r.name(), r.sourceKey(), r.kind(), r.favours(), r.owner(), r.period(), t.claims(),
                t.denials(), t.corroborated(), t.contradicted(), t.reversed(), t.unconfirmed(), t.againstInterest(),
                t.ownGains(), t.confirmed(), t.rejected(),
                new Estimate(round(r.mean()), round(r.low()), round(r.high()), t.weightFor(), t.weightAgainst()),
                r.explanation());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
