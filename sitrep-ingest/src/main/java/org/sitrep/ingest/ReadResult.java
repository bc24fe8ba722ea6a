package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Report;

/**
 * What reading one input (a file, a URL, a corpus line, a feed item) gave: a report, or the one-line
 * problem that kept it from being read. Warnings are things the user should know about a report
 * that was read (a guessed charset, lenient HTML). The lines dropped as boilerplate are kept so that
 * the user can see what was left out ({@code sitrep read --verbose}).
 *
 * @param input   names the input as the user would find it: a path, a URL, or "path:line"
 * @param report  the report, or null when the input failed
 * @param problem why it failed, or null
 * @param dropped the lines of the input left out as boilerplate, in order
 */
public record ReadResult(String input, Report report, String problem, List<String> warnings, List<String> dropped) {
    public ReadResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
        if ((report == null) == (problem == null)) {
            throw new IllegalArgumentException("a result is a report or a problem");
        }
    }

    public static ReadResult of(String input, Report report, List<String> warnings) {
        return new ReadResult(input, report, null, warnings, List.of());
    }

    public static ReadResult of(String input, Report report, List<String> warnings, List<String> dropped) {
        return new ReadResult(input, report, null, warnings, dropped);
    }

    /** The same result with another report (a date filled in). */
    public ReadResult withReport(Report other) {
        return new ReadResult(input, other, null, warnings, dropped);
    }

    public static ReadResult failed(String input, String problem) {
        return new ReadResult(input, null, problem, List.of(), List.of());
    }

    public boolean ok() {
        return report != null;
    }

    /** "input: problem", the line to show on stderr. */
    public String describeProblem() {
        return input + ": " + problem;
    }
}
