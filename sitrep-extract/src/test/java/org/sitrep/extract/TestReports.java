package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Report;
import org.sitrep.model.SourceMap;

/** Reports for the extractor's tests: a body and a date, the rest as a reader leaves a plain text file. */
public final class TestReports {
    public static final String OUTLET = "Frontline Daily";

    private TestReports() {
    }

    /** @param published the report's date, or null when the text has none */
    public static Report of(String body, LocalDate published) {
        return of(body, published, null);
    }

    /** A report whose body was cleaned from an original, {@code map} leading back to it. */
    public static Report of(String body, LocalDate published, SourceMap map) {
        return new Report("test-report", null, null, OUTLET, published, null, null, List.of(), null, body, List.of(),
                map);
    }
}
