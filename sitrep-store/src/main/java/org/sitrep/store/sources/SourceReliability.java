package org.sitrep.store.sources;

/**
 * One source's reliability over a period (a month, or all of them): its counts, the Beta posterior
 * over its weighted corroborations and contradictions, and that said in plain words.
 *
 * @param period  YYYY-MM, "undated", or "all"
 * @param favours the side it favours (registry), or null
 * @param low     the 5 % quantile of the posterior
 * @param high    the 95 % quantile
 */
public record SourceReliability(String sourceKey, String name, String kind, String favours, String owner,
        String period, Tally tally, double mean, double low, double high, String explanation) {

    static SourceReliability of(String sourceKey, String name, SourceEntry entry, String period, Tally t) {
        BetaPosterior p = BetaPosterior.of(t.weightFor(), t.weightAgainst());
        String favours = entry == null ? null : entry.favours();
        return new SourceReliability(sourceKey, entry != null ? entry.name() : name,
                entry == null ? null : entry.kind().label(), favours, entry == null ? null : entry.owner(), period, t,
                p.mean(), p.quantile(0.05), p.quantile(0.95), Explanation.of(t, favours));
    }
}
