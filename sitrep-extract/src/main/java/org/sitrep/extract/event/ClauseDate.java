package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.time.DateMention;
import org.sitrep.extract.time.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * When a clause's event happened: a date inside the clause dates it ("captured X on May 3"), one
 * that opens the sentence sets the story's time, else the narrative's current date. A date after
 * the report's own is a plan, not when the event happened.
 *
 * @param stated the sentence itself says when (not inherited from the narrative)
 */
public record ClauseDate(EventDate date, boolean stated) {
    /**
     * @param sameTime opens a clause that happens at the time of the clause before it ("when",
     *                 events.txt [same-time]), matched at the clause's start
     */
    public static ClauseDate of(SentenceAnalysis s, int clauseStart, int clauseEnd, LocalDate reportDate,
                                Pattern sameTime) {
        EventDate date = s.date;
        boolean stated = false;
        DateMention before = null;
        for (DateMention d : s.dates) {
            boolean future = d.date().date() != null && reportDate != null && d.date().date().isAfter(reportDate);
            if (!d.leading() && d.start() >= clauseStart && d.end() <= clauseEnd + 20 && d.date().known() && !future) {
                return new ClauseDate(d.date(), true);
            }
            if (d.leading()) {
                stated = true;
            } else if (d.end() <= clauseStart && d.date().known() && !future) {
                before = d;
            }
        }
        if (before != null && sameTime.matcher(s.text().substring(Math.min(clauseStart, s.text().length()))).lookingAt()) {
            // "three were killed on Sunday when a shell landed on the camp": the shell fell that Sunday
            return new ClauseDate(before.date(), true);
        }
        return new ClauseDate(date, stated);
    }

    /**
     * The clause is dated by a year or month long past and by no day of its own ("Israel seized the
     * Golan in the 1967 war", "the army retook the town in 2016"): history, not an event of the report.
     */
    public static boolean tellsHistory(SentenceAnalysis s, int clauseStart, int clauseEnd) {
        for (DateMention d : s.dates) {
            if (d.start() >= clauseStart && d.end() <= clauseEnd + 20 && d.date().precision() == DatePrecision.DAY) {
                return false;
            }
        }
        for (DateMention past : s.pastTimes) {
            if (past.start() >= clauseStart && past.end() <= clauseEnd + 20) {
                return true;
            }
        }
        return false;
    }
}
