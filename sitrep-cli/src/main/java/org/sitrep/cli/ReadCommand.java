package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.ReportJson;
import org.sitrep.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep read}: shows what Sitrep reads from each input, before any extraction. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Reads reports (text/markdown, HTML, JSON Lines, URLs, RSS/Atom feeds, directories) "
                + "and prints their metadata and clean body.",
                "Problems go to stderr as 'sitrep: INPUT: PROBLEM'; the exit status is 1 if any input failed."})
public final class ReadCommand implements Callable<Integer> {
    private static final int PREVIEW_CHARS = 240;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per report and line: id, title, author, outlet, "
            + "published, source, source_published, tags, url, body, paragraphs ([start, end) in the original).")
    boolean json;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or http(s) URLs.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] failed = {false};
        new InputReports(input.readOptions(spec.commandLine())).read(inputs).forEach(result -> {
            result.warnings().forEach(w -> err.println("sitrep: " + result.input() + ": warning: " + w));
            if (!result.ok()) {
                failed[0] = true;
                err.println("sitrep: " + result.describeProblem());
                return;
            }
            out.println(json ? ReportJson.line(result.report()) : summary(result));
            out.flush();
        });
        err.flush();
        return failed[0] ? 1 : 0;
    }

    private static String summary(ReadResult result) {
        Report r = result.report();
        StringBuilder s = new StringBuilder();
        s.append(r.id()).append("  (").append(result.input()).append(")\n");
        line(s, "title", r.title());
        line(s, "author", r.author());
        line(s, "outlet", r.outlet());
        line(s, "published", r.published() == null ? "unknown" : r.published().toString());
        line(s, "source", join(r.source(), r.sourcePublished() == null ? null : r.sourcePublished().toString()));
        line(s, "url", r.url());
        if (!r.tags().isEmpty()) {
            line(s, "tags", String.join("; ", r.tags()));
        }
        line(s, "body", r.paragraphs().size() + " paragraphs, " + r.body().length() + " characters");
        String preview = r.body().length() <= PREVIEW_CHARS ? r.body() : r.body().substring(0, PREVIEW_CHARS) + "…";
        s.append("  | ").append(preview.replace("\n\n", "\n  | ")).append('\n');
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append("  ").append(label).append(": ").append(value).append('\n');
        }
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }
}
