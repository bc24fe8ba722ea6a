package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.ingest.regex.WholeLinePattern;

/**
 * The lines of a page that are not the article (donation appeals, disclaimers, share prompts,
 * image credits, copyright, comment and membership links), as patterns read from a data file:
 * {@code org/sitrep/ingest/boilerplate.txt} (its header explains the format) plus any files the
 * user adds. A pattern must match a line as a whole: one that is merely found in a line would
 * delete a paragraph that mentions PayPal or a copyright, with its events. Immutable.
 */
public final class Boilerplate {
    private static final String RESOURCE = "boilerplate.txt";
    private static final String END_PREFIX = "end:";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whole-line patterns, each checked first for what its matches need, so a long paragraph costs little. */
    private record Rules(List<WholeLinePattern> patterns) {
        Rules plus(String regex) {
            List<WholeLinePattern> more = new ArrayList<>(patterns);
            more.add(new WholeLinePattern(regex, FLAGS));
            return new Rules(List.copyOf(more));
        }

        boolean matches(WholeLinePattern.Line line) {
            for (WholeLinePattern p : patterns) {
                if (p.matches(line)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Rules NONE = new Rules(List.of());

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
        WholeLinePattern.Line checked = new WholeLinePattern.Line(line); // folded once for both sets
        return drop.matches(checked) || trailer.matches(checked);
    }

    /** Whether this line starts the page's trailer: it and all after it are dropped. */
    public boolean startsTrailer(String line) {
        return trailer.matches(new WholeLinePattern.Line(line));
    }
}
