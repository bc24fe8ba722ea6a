package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.Countries;

/**
 * Resolves descriptions to actors in context: "the militants" to the last named actor of the
 * sides it may mean, "government troops" to the state forces of the country the text is in.
 * One resolver per report: it remembers the named actors read so far.
 */
public final class ActorResolver {
    private final ActorDictionary dictionary;
    private final List<ActorEntry> recent = new ArrayList<>();

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Notes a named actor the text mentions, for later descriptions to refer to. */
    public void remember(ActorEntry entry) {
        if (entry.kind() != ActorKind.GENERIC && !entry.isStateGeneric()) {
            recent.add(entry);
        }
    }

    /** @param countryCode ISO code of the country the text is in, or null */
    public ActorEntry resolve(ActorEntry named, String countryCode) {
        return resolve(named, null, countryCode);
    }

    /**
     * @param mention     the words that named it, or null
     * @param countryCode ISO code of the country the text is in, or null
     */
    public ActorEntry resolve(ActorEntry named, String mention, String countryCode) {
        ActorEntry entry = describedHere(dictionary.variant(named, mention, countryCode), mention, countryCode);
        if (entry.isStateGeneric()) {
            return dictionary.forcesOf(entry, countryCode).orElseGet(() -> ofCountry(entry, countryCode));
        }
        if (entry.kind() != ActorKind.GENERIC) {
            return entry;
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            ActorEntry r = recent.get(i);
            if (entry.sides().contains(r.side())) {
                return r;
            }
        }
        return entry;
    }

    /** A description matched to another war's actor is the generic one in this text ("the regime" in Bahrain). */
    private ActorEntry describedHere(ActorEntry entry, String mention, String countryCode) {
        if (describesOnly(mention) && countryCode != null && entry.conflictCountry() != null
                && !countryCode.equalsIgnoreCase(entry.conflictCountry())) {
            return dictionary.genericOf(entry).orElse(entry);
        }
        return entry;
    }

    /** Words that describe an actor without naming it: no capital past a leading article ("the regime", "armed groups"). */
    public static boolean describesOnly(String mention) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        String text = mention.strip();
        int start = 0;
        for (int i = 0; start < text.length(); i++) { // each word, as split("\\s+") gives them
            int end = start;
            while (end < text.length() && !isRegexSpace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(start, end);
            boolean article = i == 0 && (word.equalsIgnoreCase("the") || word.equalsIgnoreCase("a")
                    || word.equalsIgnoreCase("an"));
            if (!article && Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            start = end;
            while (start < text.length() && isRegexSpace(text.charAt(start))) {
                start++;
            }
        }
        return true;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A country no dictionary names: its forces as ACLED names them ("Military Forces of Ukraine",
     * "Police Forces of Ukraine"), from the generic row's ACLED name and the country's English name.
     */
    private static ActorEntry ofCountry(ActorEntry generic, String countryCode) {
        boolean known = countryCode != null && java.util.Arrays.asList(java.util.Locale.getISOCountries())
                .contains(countryCode.toUpperCase(java.util.Locale.ROOT));
        String country = known ? Countries.name(countryCode) : null;
        if (country == null || generic.acled() == null) {
            return generic;
        }
        String name = generic.acled() + " of " + country;
        return new ActorEntry(name, generic.sides(), generic.inter(), countryCode.toUpperCase(java.util.Locale.ROOT),
                null, ActorKind.STATE, name, List.of(name), countryCode.toUpperCase(java.util.Locale.ROOT));
    }

    /** The last named actor whose side is not {@code side} (an opponent in context), or null. */
    public ActorEntry lastOpponentOf(String side) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            ActorEntry r = recent.get(i);
            if (side == null || !side.equals(r.side())) {
                if (!r.side().equals("civilians") && !r.side().equals("other")) {
                    return r;
                }
            }
        }
        return null;
    }
}
