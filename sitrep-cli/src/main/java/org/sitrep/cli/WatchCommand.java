package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.cli.watch.Watcher;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.watch.PoliteFetcher;
import org.sitrep.store.Store;
import org.sitrep.store.watch.SourceList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep watch}: polls the sources of DATA/sources.tsv and stores their new reports, until stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls each source of DATA/sources.tsv (sitrep source add) at its interval and stores its new "
                + "and corrected reports as ingest does, until Ctrl-C. `serve --watch` does the same beside the server.",
                "Feeds (RSS, Atom) and pages whose article links are followed; conditional requests, robots.txt, one "
                        + "request per host per --host-delay, backoff after errors. `sitrep source list` shows each "
                        + "source's state."})
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    StoreOption db;

    @Mixin
    WatchOptions watching;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Store store = db.open(data);
        Watcher watcher = watching.watcher(store, data, spec.commandLine().getErr());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.close();
            store.close();
            stopped.countDown();
        }, "sitrep-watch-stop"));
        watcher.start();
        out.println("Sitrep is watching the sources of " + SourceList.inDataDir(data.dataDir()).file()
                + " (Ctrl-C to stop; `sitrep source list` shows their state)");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The options {@code watch} and {@code serve --watch} share. */
    static final class WatchOptions {
        @Option(names = "--watch-threads", paramLabel = "N", description = "Sources polled at once (default: "
                + "${DEFAULT-VALUE}).")
        int threads = 4;

        @Option(names = "--host-delay-ms", paramLabel = "MS", description = "Least time between two requests to "
                + "one host, in milliseconds (default: ${DEFAULT-VALUE}).")
        long hostDelayMs = 1000;

        Watcher watcher(Store store, DataDirOption data, PrintWriter log) {
            Duration gap = Duration.ofMillis(Math.max(0, hostDelayMs));
            return new Watcher(store, SourceList.inDataDir(data.dataDir()),
                    () -> ExtractorChoice.forStore(data.dataDir()), ReadOptions.defaults(),
                    PoliteFetcher.Settings.defaults().withHostGap(gap), threads, log);
        }
    }
}
