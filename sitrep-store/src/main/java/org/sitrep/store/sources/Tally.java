package org.sitrep.store.sources;

/**
 * A source's counts over some incidents: the sum of their {@link ClaimEvidence} rows. Claims include
 * denials; weights are the Beta posterior's evidence for and against the source.
 */
public record Tally(int claims, int denials, int corroborated, int contradicted, int reversed, int unconfirmed,
        int againstInterest, int ownGains, int confirmed, int rejected, double weightFor, double weightAgainst) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Tally of(ClaimEvidence e) {
        return new Tally(1, e.denial(), e.corroborated(), e.contradicted(), e.reversed(), e.unconfirmed(),
                e.againstInterest(), e.ownGain(), e.confirmed(), e.rejected(), e.weightFor(), e.weightAgainst());
    }

    public Tally plus(Tally o) {
        return new Tally(claims + o.claims, denials + o.denials, corroborated + o.corroborated,
                contradicted + o.contradicted, reversed + o.reversed, unconfirmed + o.unconfirmed,
                againstInterest + o.againstInterest, ownGains + o.ownGains, confirmed + o.confirmed,
                rejected + o.rejected, weightFor + o.weightFor, weightAgainst + o.weightAgainst);
    }

    public Tally negate() {
        return new Tally(-claims, -denials, -corroborated, -contradicted, -reversed, -unconfirmed, -againstInterest,
                -ownGains, -confirmed, -rejected, -weightFor, -weightAgainst);
    }

    boolean isZero() {
        return equals(EMPTY) || (claims == 0 && denials == 0 && corroborated == 0 && contradicted == 0
                && reversed == 0 && unconfirmed == 0 && againstInterest == 0 && ownGains == 0 && confirmed == 0
                && rejected == 0 && Math.abs(weightFor) < 1e-9 && Math.abs(weightAgainst) < 1e-9);
    }
}
