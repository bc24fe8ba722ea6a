package org.sitrep.extract.count;

import java.util.List;

/**
 * Losses told in one sentence.
 *
 * @param fatalities      ACLED's conservative count, or null when the sentence says nothing of deaths
 * @param civilianVictims the dead or wounded are civilians
 * @param injured         people wounded, when counted
 * @param prisoners       people captured, or null
 * @param materiel        equipment lost, as written with its count ("2 battle tanks")
 * @param coded           the figure is the source's own coded total ("fatalities coded as 10")
 * @param revised         the figure revises the toll told just before ("it later emerged that 7 had died")
 * @param addsOn          the figure comes on top of one told before ("6 more bodies were found", "another 4 died")
 */
public record Casualties(Integer fatalities, boolean civilianVictims, int injured, Integer prisoners,
                         List<String> materiel, boolean coded, boolean revised, boolean addsOn) {
    public static final Casualties NONE = new Casualties(null, false, 0, null, List.of(), false, false, false);

    /** Whether someone is said to have been killed. */
    public boolean tellsDeaths() {
        return fatalities != null && fatalities > 0;
    }

    public boolean saysAnything() {
        return fatalities != null || prisoners != null || !materiel.isEmpty() || civilianVictims || injured > 0;
    }
}
