package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the extractor's bundled data files (lexicons, dictionaries) from the class path. */
public final class Resources {
    private static final String ROOT = "/org/sitrep/extract/";

    private Resources() {
    }

    /** Non-blank lines of a bundled file, without '#' comment lines, trimmed. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : rawLines(name)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every line of a bundled file as written. */
    public static List<String> rawLines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file missing: " + ROOT + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + name, e);
        }
    }
}
