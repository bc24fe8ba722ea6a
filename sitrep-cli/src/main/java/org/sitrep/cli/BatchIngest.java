package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.Store;
import org.sitrep.store.report.IngestResult;

/**
 * Reads inputs, extracts and stores each report in its own transaction, and counts what happened.
 * A report that cannot be read, extracted or stored is named on stderr and the batch goes on.
 */
final class BatchIngest {
    private final Store store;
    private final Extractor extractor;
    private final PrintWriter err;
    private final Progress progress;

    BatchIngest(Store store, Extractor extractor, PrintWriter err, Progress progress) {
        this.store = store;
        this.extractor = extractor;
        this.err = err;
        this.progress = progress;
    }

    /** What a batch did. */
    record Summary(int added, int unchanged, int replaced, int events, int failed) {
        int stored() {
            return added + unchanged + replaced;
        }

        String line() {
            return String.format(Locale.ROOT, "stored %d reports (%d new, %d unchanged, %d replaced), %d events; %d failed",
                    stored(), added, unchanged, replaced, events, failed);
        }
    }

    Summary run(ReadOptions options, List<String> inputs) {
        int[] n = new int[5];
        new InputReports(options).read(inputs).forEach(result -> {
            progress.step("reports");
            result.warnings().forEach(w -> err.println("sitrep: " + result.input() + ": warning: " + w));
            if (!result.ok()) {
                n[4]++;
                err.println("sitrep: " + result.describeProblem());
                return;
            }
            IngestResult stored;
            try {
                stored = store.reports().ingest(result.report(), extractor::extract);
            } catch (RuntimeException e) {
                n[4]++;
                err.println("sitrep: " + result.input() + ": not stored: " + e.getMessage());
                return;
            }
            switch (stored.outcome()) {
                case NEW -> n[0]++;
                case UNCHANGED -> n[1]++;
                case REPLACED -> n[2]++;
            }
            n[3] += stored.events();
        });
        progress.done();
        err.flush();
        return new Summary(n[0], n[1], n[2], n[3], n[4]);
    }
}
