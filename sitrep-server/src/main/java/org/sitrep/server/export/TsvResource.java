package org.sitrep.server.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated resource file beside this package: blank lines and {@code #} comments skipped. */
final class TsvResource {
    private TsvResource() {
    }

    static List<String[]> rows(String name, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < columns) {
                    throw new IllegalStateException(name + ":" + n + ": expected " + columns + " tab-separated columns");
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                rows.add(f);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
