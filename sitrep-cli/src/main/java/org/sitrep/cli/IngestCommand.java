package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: stores reports and their events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads reports (files, directories, JSON Lines corpora, URLs), extracts their events and "
                + "stores both: one transaction per report, so the store never holds half a report.",
                "The same content ingested again changes nothing; a corrected version of a report (same id) "
                        + "replaces its events. Events told by several reports are merged, each source's claim kept.",
                "Problems go to stderr as 'sitrep: INPUT: PROBLEM'; the exit status is 1 if any input failed."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    DataDirOption data;

    @Mixin
    StoreOption db;

    @Mixin
    ExtractionOptions extraction;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or http(s) URLs.")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions options = input.readOptions(spec.commandLine());
        Extractor extractor = extraction.extractor(data.dataDir());
        try (Store store = db.open(data)) {
            BatchIngest.Summary summary = new BatchIngest(store, extractor, err, Progress.onTerminal(err),
                    extraction.threads()).run(options, inputs);
            out.println(summary.line());
            out.flush();
            return summary.failed() > 0 ? 1 : 0;
        }
    }
}
