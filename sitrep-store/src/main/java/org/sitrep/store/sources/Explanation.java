package org.sitrep.store.sources;

import java.util.ArrayList;
import java.util.List;

/** A source's tally in plain words: "42 of 51 claims corroborated, 3 contradicted; most claims are …". */
final class Explanation {
    private Explanation() {
    }

    static String of(Tally t, String favours) {
        List<String> parts = new ArrayList<>();
        parts.add(t.corroborated() + " of " + t.claims() + plural(t.claims(), " claim", " claims")
                + " corroborated by an independent source, " + t.contradicted() + " contradicted");
        if (t.denials() > 0) {
            parts.add(t.denials() + plural(t.denials(), " is a denial", " are denials"));
        }
        if (t.reversed() > 0) {
            parts.add(t.reversed() + plural(t.reversed(), " change", " changes") + " of control it claimed reversed within "
                    + EvidenceRules.REVERSAL_DAYS + " days");
        }
        if (t.unconfirmed() > 0) {
            parts.add(t.unconfirmed() + plural(t.unconfirmed(), " change", " changes")
                    + " of control no other source confirms");
        }
        if (t.againstInterest() > 0) {
            parts.add(t.againstInterest() + " against its own side's interest");
        }
        if (t.confirmed() > 0 || t.rejected() > 0) {
            parts.add("analysts confirmed " + t.confirmed() + " and rejected " + t.rejected());
        }
        return String.join(", ", parts) + "; " + focus(t, favours);
    }

    private static String focus(Tally t, String favours) {
        if (favours == null) {
            return "it favours no side the registry knows";
        }
        if (t.claims() == 0) {
            return "no claims yet";
        }
        if (2 * t.ownGains() > t.claims()) {
            return "most claims are about its own side's gains";
        }
        if (2 * t.againstInterest() > t.claims()) {
            return "most claims are about its own side's losses";
        }
        return "most claims are neither its own side's gains nor its losses";
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
