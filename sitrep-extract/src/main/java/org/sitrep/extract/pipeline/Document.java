package org.sitrep.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.time.Dateline;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** A report under extraction: its sentences' analyses and the events built from them. */
public final class Document {
    /** Reports up to this many characters may be a coder's note of one incident (ACLED's notes are). */
    public static final int NOTE_LENGTH = 700;
    public final Report report;
    public final List<SentenceAnalysis> sentences = new ArrayList<>();
    /** Events being assembled, before merging. */
    public final List<Draft> drafts = new ArrayList<>();
    public List<Event> events = new ArrayList<>();
    /** The report's dateline, or null (set by the dateline stage). */
    public Dateline dateline;

    public Document(Report report) {
        this.report = report;
    }

    /** Short as a coder's note is: no longer than {@link #NOTE_LENGTH} characters. */
    public boolean shortAsANote() {
        return report.body().length() <= NOTE_LENGTH;
    }

    /** The date events are resolved against: the report's own, else its dateline's, else null. */
    public LocalDate referenceDate() {
        if (report.referenceDate() != null) {
            return report.referenceDate();
        }
        return dateline == null || dateline.date() == null ? null : dateline.date().date();
    }
}
