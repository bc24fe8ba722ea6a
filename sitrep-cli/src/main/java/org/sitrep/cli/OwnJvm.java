package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;

/** A sitrep command run in a JVM of its own: the same java and class path as this one. */
final class OwnJvm {
    private OwnJvm() {
    }

    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
