package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sitrep.store.Store;
import org.sitrep.store.sources.SourceHistory;
import org.sitrep.store.sources.SourceReliability;
import org.sitrep.store.sources.SourceStore;
import org.sitrep.store.sources.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep sources [NAME]}: how reliable each source has been, as a table. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Prints each source's reliability: its claims, how many an independent source corroborates, "
                + "how many are contradicted, its changes of control reversed within 14 days, its claims against its "
                + "own side's interest, and the estimate (the mean of a Beta posterior, with its 90 %% interval), "
                + "most reliable first. With NAME: that source month by month, with the reasons in words.",
                "The figures are kept at ingest; --rebuild recomputes them (after the source registry changed)."})
public final class SourcesCommand implements Callable<Integer> {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}|undated|all");
    private static final String ROW = "%-4s %-36s %-9s %-12s %6s %6s %6s %6s %6s  %s%n";

    @Spec
    CommandSpec spec;

    @Mixin
    UserCommand.StoreChoice where = new UserCommand.StoreChoice();

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "One source, by name or alias.")
    String name;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this month's incidents (default: all).")
    String period;

    @Option(names = "--rebuild", description = "Recompute every incident's evidence first.")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (period != null && !MONTH.matcher(period).matches()) {
            err.println("sitrep: sources: --period '" + period + "' is not YYYY-MM, 'undated' or 'all'");
            return 2;
        }
        try (Store store = where.open()) {
            if (rebuild) {
                out.println("recomputed the evidence of " + store.sources().rebuild() + " incidents");
            }
            if (name != null) {
                return one(store.sources(), out, err);
            }
            List<SourceReliability> ranking = store.sources().ranking(period);
            if (ranking.isEmpty()) {
                out.println("no claims" + (period == null ? "" : " in " + period));
                return 0;
            }
            header(out, "rank", "source");
            int rank = 1;
            for (SourceReliability r : ranking) {
                row(out, String.valueOf(rank++), r.name(), r);
            }
            return 0;
        }
    }

    private int one(SourceStore sources, PrintWriter out, PrintWriter err) {
        Optional<SourceHistory> found = sources.source(name);
        if (found.isEmpty()) {
            err.println("sitrep: sources: no claims from a source named '" + name + "'");
            return 1;
        }
        SourceReliability total = found.get().total();
        out.println(total.name() + describe(total));
        out.println(total.explanation());
        out.println();
        header(out, "", "month");
        for (SourceReliability m : found.get().months()) {
            if (period == null || period.equals(m.period()) || SourceStore.ALL.equals(period)) {
                row(out, "", m.period(), m);
            }
        }
        row(out, "", "all", total);
        return 0;
    }

    private static String describe(SourceReliability r) {
        StringBuilder s = new StringBuilder();
        if (r.kind() != null) {
            s.append(" (").append(r.kind());
            if (r.favours() != null) {
                s.append(", favours ").append(r.favours());
            }
            if (r.owner() != null) {
                s.append(", owned by ").append(r.owner());
            }
            s.append(')');
        }
        return s.toString();
    }

    private static void header(PrintWriter out, String first, String second) {
        out.printf(Locale.ROOT, ROW, first, second, "kind", "favours", "claims", "corrob", "contra", "revers",
                "vs-own", "reliability [90 % interval]");
    }

    private static void row(PrintWriter out, String first, String label, SourceReliability r) {
        Tally t = r.tally();
        out.printf(Locale.ROOT, ROW, first, cut(label, 36), r.kind() == null ? "-" : r.kind(),
                r.favours() == null ? "-" : cut(r.favours(), 12), t.claims(), t.corroborated(), t.contradicted(),
                t.reversed(), t.againstInterest(),
                String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", r.mean(), r.low(), r.high()));
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
