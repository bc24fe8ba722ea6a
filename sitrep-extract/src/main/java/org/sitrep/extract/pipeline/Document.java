package org.sitrep.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.rules.Draft;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** A report under extraction: its sentences' analyses and the events built from them. */
public final class Document {
    public final Report report;
    public final List<SentenceAnalysis> sentences = new ArrayList<>();
    /** Events being assembled, before merging. */
    public final List<Draft> drafts = new ArrayList<>();
    public List<Event> events = new ArrayList<>();

    public Document(Report report) {
        this.report = report;
    }
}
