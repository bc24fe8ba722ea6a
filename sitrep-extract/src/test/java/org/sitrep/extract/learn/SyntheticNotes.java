package org.sitrep.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small made-up ACLED-style notes for the learned layer's tests (written for the project). */
final class SyntheticNotes {
    private static final String[] PLACES = {"Ain Zara", "Tel Hamra", "Kafr Nouri", "Wadi Sabir", "Jabal Turq",
        "Umm Batna", "Deir Saleh", "Bir Hasan", "Marj Yassin", "Khirbet Ali"};
    private static final String[] SHELLING = {"Government artillery shelled %s, no casualties reported.",
        "Rockets fired by rebels hit %s.", "Army mortars pounded the outskirts of %s overnight."};
    private static final String[] CLASH = {"Rebels and government troops clashed near %s.",
        "Heavy fighting between militants and soldiers around %s left 3 dead.",
        "Fighters engaged army units on the road to %s."};
    private static final String[] CAPTURE = {"Government forces took control of %s after rebels withdrew.",
        "Rebels seized %s from the army following clashes.", "Militants captured the village of %s."};
    private static final String[] PROTEST = {"Residents of %s demonstrated against rising prices.",
        "Dozens protested in %s demanding the release of detainees."};

    private SyntheticNotes() {
    }

    /** {@code n} records, each an old-taxonomy CSV row's record. */
    static List<AcledRecord> records(int n, long seed) {
        Random r = new Random(seed);
        List<AcledRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String place = PLACES[r.nextInt(PLACES.length)] + " " + (i % 7);
            int kind = i % 4;
            String[] templates = kind == 0 ? SHELLING : kind == 1 ? CLASH : kind == 2 ? CAPTURE : PROTEST;
            String oldType = kind == 0 ? "Remote violence" : kind == 1 ? "Battle-No change of territory"
                    : kind == 2 ? "Battle-Non-state actor overtakes territory" : "Riots/Protests";
            String note = String.format(templates[r.nextInt(templates.length)], place);
            out.add(new AcledRecord(String.valueOf(i), "2020-01-01", note, AcledLabel.of(oldType, null),
                    null, null, null, null, null, null, null, 0));
        }
        return out;
    }
}
