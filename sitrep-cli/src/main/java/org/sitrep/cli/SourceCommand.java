package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.watch.Interval;
import org.sitrep.store.watch.Source;
import org.sitrep.store.watch.SourceKind;
import org.sitrep.store.watch.SourceList;
import org.sitrep.store.watch.SourceState;
import org.sitrep.store.watch.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep source add|list|remove}: the outlets' feeds and pages that {@code watch} polls. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = {"Manages the sources Sitrep watches (sitrep watch, serve --watch), kept in DATA/sources.tsv, a "
                + "file you may also edit: url<TAB>name<TAB>every<TAB>kind."},
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class, SourceCommand.Remove.class})
public final class SourceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a source (or changes the one with this URL).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Parameters(paramLabel = "URL", description = "The feed's or page's http(s) address.")
        String url;

        @Option(names = "--name", paramLabel = "OUTLET", description = "The outlet's name (default: the host).")
        String name;

        @Option(names = "--every", paramLabel = "INTERVAL", description = "How often to poll: 30s, 10m, 1h "
                + "(default: 10m).")
        String every;

        @Option(names = "--kind", paramLabel = "KIND", description = "feed (RSS or Atom) or page (a page whose "
                + "article links are followed); default: feed.")
        String kind;

        @Override
        public Integer call() {
            try {
                Duration interval = every == null ? null : Interval.parse(every);
                SourceKind k = kind == null ? null : SourceKind.of(kind);
                Source source = new Source(url, name, interval, k);
                boolean added = SourceList.inDataDir(data.dataDir()).add(source);
                spec.commandLine().getOut().println((added ? "Added " : "Changed ") + source.kind().label() + " "
                        + source.url() + " (" + source.name() + ", every " + Interval.format(source.every()) + ")");
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("sitrep: source add: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the sources with their last fetch, status, new items and last error.")
    static final class ListSources implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Mixin
        StoreOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Source> sources;
            try {
                sources = SourceList.inDataDir(data.dataDir()).read();
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("sitrep: source list: " + e.getMessage());
                return 1;
            }
            if (sources.isEmpty()) {
                out.println("No sources yet: add one with `sitrep source add URL`.");
                return 0;
            }
            try (Store store = db.open(data)) {
                out.println("url\tname\tevery\tkind\tlast fetch\tstatus\tHTTP\tnew items\ttotal\tlast error");
                for (SourceStatus s : store.watch().statuses(sources)) {
                    SourceState st = s.state();
                    out.println(String.join("\t", s.source().url(), s.source().name(),
                            Interval.format(s.source().every()), s.source().kind().label(),
                            st.lastFetch() == null ? "-" : st.lastFetch().toString(), st.status(),
                            st.httpStatus() == null ? "-" : st.httpStatus().toString(), String.valueOf(st.newItems()),
                            String.valueOf(st.totalItems()), st.lastError() == null ? "-" : st.lastError()));
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stops watching a source.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Mixin
        StoreOption db;

        @Parameters(paramLabel = "URL")
        String url;

        @Override
        public Integer call() {
            if (!SourceList.inDataDir(data.dataDir()).remove(url)) {
                spec.commandLine().getErr().println("sitrep: source remove: no source " + url);
                return 1;
            }
            try (Store store = db.open(data)) {
                store.watch().forget(url.strip());
            }
            spec.commandLine().getOut().println("Removed " + url.strip() + "; its reports stay in the store.");
            return 0;
        }
    }
}
