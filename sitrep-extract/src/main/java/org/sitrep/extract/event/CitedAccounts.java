package org.sitrep.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.rules.Draft;

/**
 * A news article tells an incident in its headline and lead in its own voice ("Strikes kill 8 in
 * X") and in its body on someone's word ("..., a monitor said."): the outlet relays that account, it
 * does not give a second one. A violent event the report asserts is that source's account when
 * every telling of an event of its type that day, there (or placed nowhere), that cites anyone
 * cites the one same source as reporting it. Then the tellings merge as one event on that word; where
 * several sources are cited, or none, the outlet's own telling stays its own.
 */
public final class CitedAccounts {
    private static final String ASSERTED = "asserted";
    private static final String REPORTED = "reported";

    private CitedAccounts() {
    }

    /** Gives each asserted violent draft the one source the report cites for its incident, if one. */
    public static void relay(List<Draft> drafts) {
        for (Draft told : drafts) {
            if (told.source != null || !ASSERTED.equals(told.modality) || !violent(told)) {
                continue;
            }
            Set<String> cited = new LinkedHashSet<>();
            boolean otherWord = false;
            for (Draft d : drafts) {
                if (d == told || d.source == null || d.type.type() != told.type.type()
                        || !d.dayKey().equals(told.dayKey()) || !samePlaceOrNone(d, told)) {
                    continue;
                }
                cited.add(d.source);
                otherWord |= !REPORTED.equals(d.modality); // a party's claim or denial is not relayed as fact
            }
            if (cited.size() == 1 && !otherWord) {
                told.source = cited.iterator().next();
                told.modality = REPORTED;
            }
        }
    }

    /** A battle, an explosion or violence against civilians: the acts a report retells. */
    static boolean violent(Draft d) {
        return d.type != null && d.type.type().isPoliticalViolence();
    }

    /** The same place, or one of the two placed nowhere or only in a country. */
    static boolean samePlaceOrNone(Draft a, Draft b) {
        return unplaced(a) || unplaced(b) || a.placeKey().equals(b.placeKey());
    }

    private static boolean unplaced(Draft d) {
        return d.location == null || d.location.countryOnly();
    }
}
