package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.ingest.regex.RegexShape;
import org.sitrep.ingest.regex.WordStartPattern;

/**
 * The lines of a page that are not the article (donation appeals, disclaimers, share prompts,
 * image credits, copyright, comment and membership links), as patterns read from a data file:
 * {@code org/sitrep/ingest/boilerplate.txt} (its header explains the format) plus any files the
 * user adds. Immutable.
 */
public final class Boilerplate {
    private static final String RESOURCE = "boilerplate.txt";
    private static final String END_PREFIX = "end:";

    /**
     * A pattern. One anchored at the line's start is tried there alone; others only where a word
     * starts as a match must (find() would try each at every character of a long paragraph).
     */
    private record Rule(Pattern anchored, WordStartPattern anywhere) {
        static Rule of(String regex) {
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return isAnchored(regex) ? new Rule(Pattern.compile(regex, flags), null)
                    : new Rule(null, new WordStartPattern(regex, flags));
        }

        boolean matches(String line) {
            return anchored != null ? anchored.matcher(line).lookingAt() : anywhere.findsIn(line);
        }
    }

    private final List<Rule> drop;
    private final List<Rule> trailer;

    private Boilerplate(List<Rule> drop, List<Rule> trailer) {
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
        List<Rule> d = new ArrayList<>(drop);
        List<Rule> t = new ArrayList<>(trailer);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (!DataFiles.isRule(line)) {
                continue;
            }
            boolean end = line.startsWith(END_PREFIX);
            String regex = end ? line.substring(END_PREFIX.length()).strip() : line;
            try {
                (end ? t : d).add(Rule.of(regex));
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

    private static boolean matches(List<Rule> rules, String line) {
        for (Rule r : rules) {
            if (r.matches(line)) {
                return true;
            }
        }
        return false;
    }

    /** Starts with "^" and has no "|" outside groups (find() would try it at every character). */
    static boolean isAnchored(String regex) {
        return regex.startsWith("^") && RegexShape.indexAtTopLevel(regex, 0, '|') < 0;
    }

}
