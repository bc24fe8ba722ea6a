package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads resources: lines without comments, and word lists (one word a line, {@code [section]} headers). */
final class WordList {

    private WordList() {
    }

    /** The lines of a resource that are neither blank nor # comments, as written. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Words by section ("" for words before any header). */
    static Map<String, Set<String>> sections(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        String section = "";
        for (String raw : lines(resource)) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            out.computeIfAbsent(section, k -> new HashSet<>()).add(line.toLowerCase(Locale.ROOT));
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return out;
    }

    static Set<String> words(String resource) {
        return sections(resource).getOrDefault("", Set.of());
    }
}
