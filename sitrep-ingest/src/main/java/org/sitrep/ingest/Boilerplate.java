package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The lines of a page that are not the article (donation appeals, disclaimers, share prompts,
 * image credits, copyright, comment and membership links), as patterns read from a data file:
 * {@code org/sitrep/ingest/boilerplate.txt} (its header explains the format) plus any files the
 * user adds. Immutable.
 */
public final class Boilerplate {
    private static final String RESOURCE = "boilerplate.txt";
    private static final String END_PREFIX = "end:";

    private final List<Pattern> drop;
    private final List<Pattern> trailer;

    private Boilerplate(List<Pattern> drop, List<Pattern> trailer) {
        this.drop = List.copyOf(drop);
        this.trailer = List.copyOf(trailer);
    }

    /** The patterns shipped with Sitrep. */
    public static Boilerplate defaults() {
        return new Boilerplate(List.of(), List.of()).plus(DataFiles.lines(RESOURCE), RESOURCE);
    }

    /** These patterns and those of a user file in the same format. */
    public Boilerplate with(Path userFile) throws IOException {
        return plus(Files.readAllLines(userFile, StandardCharsets.UTF_8), userFile.toString());
    }

    /**
     * These patterns and the given pattern lines.
     *
     * @throws IllegalArgumentException naming {@code origin} and the line of a bad pattern
     */
    public Boilerplate plus(List<String> lines, String origin) {
        List<Pattern> d = new ArrayList<>(drop);
        List<Pattern> t = new ArrayList<>(trailer);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (!DataFiles.isRule(line)) {
                continue;
            }
            boolean end = line.startsWith(END_PREFIX);
            String regex = end ? line.substring(END_PREFIX.length()).strip() : line;
            try {
                (end ? t : d).add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + (n + 1) + ": bad pattern: " + e.getDescription());
            }
        }
        return new Boilerplate(d, t);
    }

    /** Whether this line of plain text is boilerplate to drop. */
    public boolean isBoilerplate(String line) {
        return matches(drop, line) || startsTrailer(line);
    }

    /** Whether this line starts the page's trailer: it and all after it are dropped. */
    public boolean startsTrailer(String line) {
        return matches(trailer, line);
    }

    private static boolean matches(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
