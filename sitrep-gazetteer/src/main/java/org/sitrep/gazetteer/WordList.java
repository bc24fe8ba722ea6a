package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a word-list resource: one lower-case word a line, {@code [section]} headers, # comments. */
final class WordList {

    private WordList() {
    }

    /** Words by section ("" for words before any header). */
    static Map<String, Set<String>> sections(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        String section = "";
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                out.computeIfAbsent(section, k -> new HashSet<>()).add(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return out;
    }

    static Set<String> words(String resource) {
        return sections(resource).getOrDefault("", Set.of());
    }
}
