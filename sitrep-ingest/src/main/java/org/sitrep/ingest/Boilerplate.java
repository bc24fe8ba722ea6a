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
import org.sitrep.ingest.regex.PatternLexicon;

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
     * Patterns anchored at the line's start are tried there alone; the others together, only where
     * a word starts as a match must (find() would try each at every character of a long paragraph).
     */
    private record Rules(List<Pattern> anchored, List<WordStartPattern> anywhere, PatternLexicon lexicon) {
        static Rules of(List<Pattern> anchored, List<WordStartPattern> anywhere) {
            return new Rules(List.copyOf(anchored), List.copyOf(anywhere), new PatternLexicon(anywhere));
        }

        Rules plus(String regex) {
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            List<Pattern> a = new ArrayList<>(anchored);
            List<WordStartPattern> w = new ArrayList<>(anywhere);
            if (isAnchored(regex)) {
                a.add(Pattern.compile(regex, flags));
            } else {
                w.add(new WordStartPattern(regex, flags));
            }
            return of(a, w);
        }

        boolean matches(String line) {
            for (Pattern p : anchored) {
                if (p.matcher(line).lookingAt()) {
                    return true;
                }
            }
            return lexicon.anyMatch(line);
        }
    }

    private static final Rules NONE = Rules.of(List.of(), List.of());

    private final Rules drop;
    private final Rules trailer;

    private Boilerplate(Rules drop, Rules trailer) {
        this.drop = drop;
        this.trailer = trailer;
    }

    /** The patterns shipped with Sitrep. */
    public static Boilerplate defaults() {
        return new Boilerplate(NONE, NONE).plus(DataFiles.lines(RESOURCE), RESOURCE);
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
        Rules d = drop;
        Rules t = trailer;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (!DataFiles.isRule(line)) {
                continue;
            }
            boolean end = line.startsWith(END_PREFIX);
            String regex = end ? line.substring(END_PREFIX.length()).strip() : line;
            try {
                if (end) {
                    t = t.plus(regex);
                } else {
                    d = d.plus(regex);
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + (n + 1) + ": bad pattern: " + e.getDescription());
            }
        }
        return new Boilerplate(d, t);
    }

    /** Whether this line of plain text is boilerplate to drop. */
    public boolean isBoilerplate(String line) {
        return drop.matches(line) || startsTrailer(line);
    }

    /** Whether this line starts the page's trailer: it and all after it are dropped. */
    public boolean startsTrailer(String line) {
        return trailer.matches(line);
    }

    /** Starts with "^" and has no "|" outside groups (find() would try it at every character). */
    static boolean isAnchored(String regex) {
        return regex.startsWith("^") && RegexShape.indexAtTopLevel(regex, 0, '|') < 0;
    }
}
