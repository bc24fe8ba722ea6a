package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the module's data files: UTF-8 lines, where blank lines and "#" comments carry no rule. */
final class DataFiles {
    private DataFiles() {
    }

    /** All lines of a resource beside this class, as written. */
    static List<String> lines(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/sitrep/ingest/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule lines of a resource: stripped, without blanks and comments. */
    static List<String> rules(String resource) {
        return lines(resource).stream().map(String::strip).filter(DataFiles::isRule).toList();
    }

    static boolean isRule(String strippedLine) {
        return !strippedLine.isEmpty() && !strippedLine.startsWith("#");
    }
}
