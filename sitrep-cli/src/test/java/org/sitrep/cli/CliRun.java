package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM for a test: {exit status, stdout, stderr}. */
final class CliRun {
    private CliRun() {
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }
}
