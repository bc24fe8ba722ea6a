package org.sitrep.store.sources;

import java.util.List;

/**
 * How much the sources of one account make it believable: each independent group of sources that
 * tells it adds the log-odds of its most reliable member's reliability, each independent group that
 * denies it takes them away (naive Bayes over independent witnesses, from even odds). A source with
 * no record (reliability 0.5) moves nothing; sources of one owner or relaying each other count once.
 *
 * @param probability        the belief, in (0, 1)
 * @param independentSources how many independent groups assert it
 * @param sources            each source with its reliability and whether it denies
 */
public record SourceBelief(double probability, int independentSources, List<Witness> sources, String explanation) {

    public SourceBelief {
        sources = List.copyOf(sources);
    }

    /** One source of the account: its reliability over all months, and whether it denies. */
    public record Witness(String name, String key, double reliability, double low, double high, boolean denies,
            String explanation) {
    }
}
