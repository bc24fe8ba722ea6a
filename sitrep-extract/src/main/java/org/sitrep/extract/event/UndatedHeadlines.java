package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.rules.Draft;

/**
 * A headline tells its incident without a day ("Gunmen kill five in Basra market"), the report's
 * own date standing in, and the body says when ("... on Monday"): the headline's event is the
 * body's, on the body's day. A violent event of the report's first paragraph whose date the text
 * does not state takes the stated day of the later paragraphs' tellings of an act of its type,
 * there (or placed nowhere), when they state one day only, in the week before the report's date.
 * A coder's note has no headline: its sentences keep their days.
 */
public final class UndatedHeadlines {
    /** How far before the report's date a body's day may be and still be its headline's. */
    private static final int DAYS_BEFORE = 7;

    private UndatedHeadlines() {
    }

    /**
     * @param article the report is an article, not a coder's note: a page saved without line breaks
     *                holds its headline in the first paragraph, as its first sentence
     */
    public static void date(List<Draft> drafts, boolean article) {
        int headline = drafts.stream().mapToInt(d -> d.paragraph).min().orElse(-1);
        int first = drafts.stream().mapToInt(d -> d.sentence).min().orElse(-1);
        for (Draft told : drafts) {
            if (told.dateStated || told.paragraph != headline || told.date == null || told.date.date() == null
                    || !CitedAccounts.violent(told)) {
                continue;
            }
            boolean headlineSentence = article && told.sentence == first;
            LocalDate own = told.date.date();
            Set<LocalDate> stated = new LinkedHashSet<>();
            Draft source = null;
            for (Draft d : drafts) {
                if (d == told || d.paragraph == headline && !(headlineSentence && d.sentence > first)
                        || !d.dateStated || d.date == null || d.date.date() == null || !CitedAccounts.violent(d)
                        || d.type.type() != told.type.type() || !CitedAccounts.samePlaceOrNone(d, told)) {
                    continue;
                }
                LocalDate day = d.date.date();
                if (!day.isAfter(own) && !day.isBefore(own.minusDays(DAYS_BEFORE))) {
                    stated.add(day);
                    source = d;
                }
            }
            if (stated.size() == 1 && !stated.contains(own)) {
                told.date = source.date;
            }
        }
    }
}
