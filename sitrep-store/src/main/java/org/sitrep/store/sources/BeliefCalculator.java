package org.sitrep.store.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Combines the reliability of an account's sources into a {@link SourceBelief}. */
final class BeliefCalculator {
    private final SourceRegistry registry;

    BeliefCalculator(SourceRegistry registry) {
        this.registry = registry;
    }

    /** The belief the witnesses (each source once, asserting or denying, with its reliability) give. */
    SourceBelief belief(List<SourceBelief.Witness> witnesses) {
        List<List<SourceBelief.Witness>> asserting = groups(witnesses.stream().filter(w -> !w.denies()).toList());
        List<List<SourceBelief.Witness>> denying = groups(witnesses.stream().filter(SourceBelief.Witness::denies).toList());
        double logOdds = 0;
        for (List<SourceBelief.Witness> g : asserting) {
            logOdds += logit(best(g));
        }
        for (List<SourceBelief.Witness> g : denying) {
            logOdds -= logit(best(g));
        }
        double p = 1 / (1 + Math.exp(-logOdds));
        StringBuilder words = new StringBuilder().append(asserting.size())
                .append(asserting.size() == 1 ? " independent source tells it" : " independent sources tell it");
        if (!denying.isEmpty()) {
            words.append(", ").append(denying.size()).append(denying.size() == 1 ? " denies it" : " deny it");
        }
        int sameVoice = asserting.stream().mapToInt(g -> g.size() - 1).sum();
        if (sameVoice > 0) {
            words.append(" (").append(sameVoice).append(" more of the same owner or relaying it, counted once)");
        }
        words.append(String.format(Locale.ROOT, "; belief %.2f from their reliability", p));
        return new SourceBelief(p, asserting.size(), witnesses, words.toString());
    }

    /** Sources that are not independent of each other, as groups. */
    private List<List<SourceBelief.Witness>> groups(List<SourceBelief.Witness> witnesses) {
        List<List<SourceBelief.Witness>> out = new ArrayList<>();
        for (SourceBelief.Witness w : witnesses) {
            List<SourceBelief.Witness> joined = null;
            for (List<SourceBelief.Witness> g : out) {
                if (g.stream().anyMatch(o -> !registry.independent(o.key(), w.key()))) {
                    joined = g;
                    break;
                }
            }
            if (joined == null) {
                out.add(new ArrayList<>(List.of(w)));
            } else {
                joined.add(w);
            }
        }
        return out;
    }

    private static double best(List<SourceBelief.Witness> group) {
        return group.stream().mapToDouble(SourceBelief.Witness::reliability).max().orElse(0.5);
    }

    private static double logit(double p) {
        double q = Math.min(0.99, Math.max(0.01, p));
        return Math.log(q / (1 - q));
    }
}
