package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.text.Token;

/**
 * A one-word alias ("Russian", "Sudanese", "Israeli") names a state's forces in "Russian and Syrian
 * jets struck ..." but people or a place before a noun of them: "the Russian city of Belgorod", "the
 * Sudanese city of El Fasher", "two Malian traders", "an Israeli man", "the Turkish border". Such a
 * mention is no actor.
 */
public final class DemonymUse {
    private final Set<String> demonyms;
    private final Set<String> peopleAndPlaces;
    private final Set<String> forces;

    /**
     * @param demonyms        lower-case adjectives of nationality ("russian", "sudanese")
     * @param peopleAndPlaces lower-case nouns of people and places that a demonym may stand before
     * @param forces          nouns that make such a noun a force's again: "Iraqi border guards"
     */
    public DemonymUse(Set<String> demonyms, Set<String> peopleAndPlaces, Set<String> forces) {
        this.demonyms = Set.copyOf(demonyms);
        this.peopleAndPlaces = Set.copyOf(peopleAndPlaces);
        this.forces = Set.copyOf(forces);
    }

    /** The mentions less demonyms that stand right before a noun of people or places. */
    public List<ActorMention> forcesOnly(List<ActorMention> mentions, List<Token> tokens) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (!namesPeopleOrPlace(m, tokens)) {
                out.add(m);
            }
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    private boolean namesPeopleOrPlace(ActorMention m, List<Token> tokens) {
        if (!demonyms.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).end() == m.end()) {
                return peopleAndPlaces.contains(tokens.get(i + 1).lower())
                        && (i + 2 >= tokens.size() || !forces.contains(tokens.get(i + 2).lower()));
            }
        }
        return false;
    }
}
