package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadResult;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract}: the events of each report, as JSON Lines on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events (ACLED taxonomy, with date, place, actors, losses, attribution and "
                + "evidence) from reports and writes them as JSON Lines, one event per line.",
                "A report that cannot be read or extracted is reported on stderr and skipped; the exit "
                        + "status is 1 if any input failed."})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    DataDirOption data;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--explain",
            description = "Prints the extraction stages in order, each with what it needs, adds and reads, and exits.")
    boolean explain;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, directories or http(s) URLs.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!explain && inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'INPUT'");
        }
        RuleBasedExtractor extractor = extraction.extractor(data.dataDir());
        if (explain) {
            extractor.explain().forEach(out::println);
            out.flush();
            return 0;
        }
        boolean[] failed = {false};
        try (ParallelExtraction parallel = new ParallelExtraction(extractor, extraction.threads())) {
            parallel.run(new InputReports(input.readOptions(spec.commandLine())).read(inputs), outcome -> {
                ReadResult result = outcome.read();
                if (!result.ok()) {
                    failed[0] = true;
                    err.println("sitrep: " + result.describeProblem());
                } else if (outcome.failure() != null) {
                    failed[0] = true;
                    err.println("sitrep: " + result.input() + ": extraction failed: " + outcome.failure());
                } else {
                    for (Event e : outcome.events()) {
                        out.println(SitrepJson.eventLine(e));
                    }
                }
            });
        }
        out.flush();
        err.flush();
        return failed[0] ? 1 : 0;
    }
}
