package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** Reads the events a report tells. Implementations are thread-safe and built once per process. */
public interface Extractor {
    /** Every event in the report, in text order; never null. */
    List<Event> extract(Report report);
}
