package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code sitrep} command line: one subcommand per job ({@link Subcommands}). */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns war situation reports into events, places and control timelines "
                + "analysts can trust.")
public final class Main implements Callable<Integer> {
    /** Exit status of a command line without a command: a usage error, as picocli gives for a bad option. */
    static final int USAGE = 2;


    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs the command line writing to the given streams (UTF-8 by default); returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // before the settings below: picocli hands them only to the subcommands present
        Subcommands.addTo(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + ex.getMessage());
            return 2;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // what a command cannot refuse ahead (e.g. its dictionaries on a tiny heap): one line, not a trace
            err.println("sitrep: out of memory (-Xmx" + (Runtime.getRuntime().maxMemory() >> 20)
                    + "m): give more with SITREP_JAVA_OPTS=-Xmx...");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Spec
    CommandSpec spec;

    /** No command given: the usage, on stderr since it answers a mistake, and a non-zero status. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
