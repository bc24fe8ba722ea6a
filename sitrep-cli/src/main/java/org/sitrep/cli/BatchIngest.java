package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.store.Store;
import org.sitrep.store.report.IngestResult;

/**
 * Reads inputs, extracts (on several threads, ahead of the store) and stores each report in its own
 * transaction, in input order, and counts what happened. A report that cannot be read, extracted or
 * stored is named on stderr and the batch goes on. The summary's totals are read from the store.
 * {@code ingest} and the watcher both store through it: one read, extract, store path.
 */
public final class BatchIngest {
    private final Store store;
    private final Extractor extractor;
    private final PrintWriter err;
    private final Progress progress;
    private final int threads;

    /** Without progress, extracting on the calling thread: what a watcher storing a poll's few new items needs. */
    public BatchIngest(Store store, Extractor extractor, PrintWriter err) {
        this(store, extractor, err, new Progress(err, false), 1);
    }

    BatchIngest(Store store, Extractor extractor, PrintWriter err, Progress progress, int threads) {
        this.store = store;
        this.extractor = extractor;
        this.err = err;
        this.progress = progress;
        this.threads = threads;
    }

    /** What a batch did, and what the store holds after it. */
    public record Summary(int added, int relays, int unchanged, int replaced, int events, int failed,
            long storeReports, long storeEvents) {
        public int stored() {
            return added + relays + unchanged + replaced;
        }

        String line() {
            return String.format(Locale.ROOT, "stored %d reports (%d new, %d relays, %d unchanged, %d replaced), "
                    + "%d events; %d failed. The store holds %d reports and %d events.", stored(), added, relays,
                    unchanged, replaced, events, failed, storeReports, storeEvents);
        }
    }

    Summary run(ReadOptions options, List<String> inputs) {
        InputReports reports = new InputReports(options);
        reports.countReports(inputs).ifPresent(progress::expect);
        return ingest(reports.read(inputs));
    }

    /** Extracts and stores reports already read, each in its own transaction. */
    public Summary ingest(Stream<ReadResult> results) {
        int[] n = new int[6];
        // reports already stored are not extracted again (null events: nothing extracted ahead)
        Extractor ahead = report -> store.reports().holds(report) ? null : extractor.extract(report);
        // the reports' commits reach the file together (each report still its own transaction): the
        // summary below, printed once they all have, is the batch's acknowledgement
        store.database().groupCommit(() -> {
            extractAndStore(results, ahead, n);
            return null;
        });
        progress.done();
        err.flush();
        return new Summary(n[0], n[1], n[2], n[3], n[4], n[5], store.reports().count(), store.events().count());
    }

    private void extractAndStore(Stream<ReadResult> results, Extractor ahead, int[] n) {
        try (ParallelExtraction extraction = new ParallelExtraction(ahead, threads)) {
            extraction.run(results, outcome -> {
                progress.step("reports");
                ReadResult result = outcome.read();
                result.warnings().forEach(w -> warn(result, w));
                if (!result.ok()) {
                    n[5]++;
                    err.println("sitrep: " + result.describeProblem());
                    return;
                }
                if (outcome.failure() != null) {
                    n[5]++;
                    err.println("sitrep: " + result.input() + ": extraction failed: " + outcome.failure().getMessage());
                    return;
                }
                List<Event> extracted = outcome.events();
                IngestResult stored;
                try {
                    stored = store.reports().ingest(result.report(),
                            r -> extracted != null ? extracted : extractor.extract(r));
                } catch (RuntimeException e) {
                    n[5]++;
                    err.println("sitrep: " + result.input() + ": not stored: " + e.getMessage());
                    return;
                }
                stored.warnings().forEach(w -> warn(result, w));
                switch (stored.outcome()) {
                    case NEW -> n[0]++;
                    case RELAY -> n[1]++;
                    case UNCHANGED -> n[2]++;
                    case REPLACED -> n[3]++;
                }
                n[4] += stored.events();
            });
        }
    }

    private void warn(ReadResult result, String warning) {
        err.println("sitrep: " + result.input() + ": warning: " + warning);
    }
}
