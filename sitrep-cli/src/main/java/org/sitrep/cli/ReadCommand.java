package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per report and line: id, title, author, outlet, "
            + "published, source, source_published, tags, url, body, paragraphs ([start, end) in the original).")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Also list each line left out as boilerplate "
            + "(with --json: on stderr).")
    boolean verbose;

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
            out.println(json ? ReportJson.line(result.report()) : summary(result, verbose));
            if (json && verbose) {
                result.dropped().forEach(d -> err.println("sitrep: " + result.input() + ": dropped: " + d));
            }
            out.flush();
        });
        err.flush();
        return failed[0] ? 1 : 0;
    }

    private static String summary(ReadResult result, boolean verbose) {
        Report r = result.report();
        StringBuilder s = new StringBuilder();
        s.append(r.id()).append("  (").append(result.input()).append(")\n");
        line(s, "title", r.title());
        line(s, "author", r.author());
        line(s, "outlet", r.outlet());
        line(s, "published", r.published() == null ? "unknown" : r.published().toString());
        line(s, "source", join(r.source(), r.sourcePublished() == null ? null : r.sourcePublished().toString()));
        line(s, "url", r.url());
        tagsByKind(r.tags()).forEach((kind, values) -> line(s, kind, String.join("; ", values)));
        line(s, "body", r.paragraphs().size() + " paragraphs, " + r.body().length() + " characters");
        if (!result.dropped().isEmpty()) {
            line(s, "dropped", result.dropped().size() + " boilerplate line" + (result.dropped().size() == 1 ? "" : "s")
                    + (verbose ? ":" : " (--verbose lists them)"));
            if (verbose) {
                result.dropped().forEach(d -> s.append("    - ").append(d).append('\n'));
            }
        }
        s.append("  | ").append(r.body().replace("\n\n", "\n  | ")).append('\n');
        return s.toString();
    }

    /**
     * Tags are "Kind: value" as the page labels them; one line per kind, the kind said once
     * ("Tags: Afrin; Turkey", not "tags: Tags: Afrin; Tags: Turkey"). A tag without a kind is under "tags".
     */
    static Map<String, List<String>> tagsByKind(List<String> tags) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String tag : tags) {
            int colon = tag.indexOf(": ");
            String kind = colon > 0 ? tag.substring(0, colon) : "tags";
            String value = colon > 0 ? tag.substring(colon + 2) : tag;
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
        }
        return byKind;
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
