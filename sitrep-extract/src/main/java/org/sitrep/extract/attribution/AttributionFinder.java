package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.RegexShape;
import org.sitrep.ingest.regex.WordStartPattern;

/**
 * Reads attribution: "According to X, …", "X claimed that …", "X denied …", "reportedly". Cues
 * are data (attribution.txt); known outlets (sources.tsv) are named canonically.
 */
public final class AttributionFinder {
    /** {@code verb}: the number of what must follow the subject in {@link #verbs}, or -1. */
    private record Cue(String modality, String position, Pattern pattern, int verb) {
    }

    private record Outlet(String name, Pattern pattern) {
    }

    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:and|but|meanwhile|however|also|furthermore|moreover|separately|earlier|later|then|in addition|"
                    + "on the other hand|at the same time)\\s*,?\\s+)+", Pattern.CASE_INSENSITIVE);
    /**
     * Put before a "verb" cue, whose subject group starts on a word: the leftmost match never starts
     * inside a word anyway, but without it the regex is tried from every character (a third of the
     * extraction time on seed-sized reports); with it, from word starts only. Matches are unchanged.
     */
    private static final String NOT_MID_WORD = "(?<![\\p{L}\\p{N}'’\\-])";
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:^|\\s)(?:they|he|she|it|we)$");
    /** "is" in any case but the capitals of "IS", the group ("IS claimed responsibility"). */
    private static final Pattern PASSIVE_END = Pattern.compile(
            "(?s)\\b(?:(?i:was|were|are|be|been|being|has|have|had)|is|Is)$");
    private static final Pattern WHAT_IS_TOLD = Pattern.compile(
            "(?i)\\b(?:casualties|losses|deaths|fatalities|injuries|dead|wounded|killed)$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:(]|\\b(?:that|which|who|while|after|as)\\b");

    private final List<Cue> cues = new ArrayList<>();
    private final List<Outlet> outlets = new ArrayList<>();
    /** The verbs of the verb cues, sought first and together: most sentences cite no one. */
    private final PatternLexicon verbs;

    /**
     * @param cueRows the language's attribution cues: modality TAB position TAB regex (attribution.txt)
     * @param outletRows known outlets: name TAB alternatives (sources.tsv)
     */
    public AttributionFinder(List<String> cueRows, List<String> outletRows) {
        List<WordStartPattern> verbPatterns = new ArrayList<>();
        for (String line : cueRows) {
            String[] f = line.split("\t");
            String regex = isVerb(f[1]) ? NOT_MID_WORD + f[2] : f[2];
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            String verb = isVerb(f[1]) ? afterGroup(f[2], "src") : null;
            if (verb != null) {
                verbPatterns.add(new WordStartPattern(verb, flags));
            }
            cues.add(new Cue(f[0], f[1], Pattern.compile(regex, flags), verb == null ? -1 : verbPatterns.size() - 1));
        }
        verbs = new PatternLexicon(verbPatterns);
        for (String line : outletRows) {
            String[] f = line.split("\t");
            StringBuilder alt = new StringBuilder();
            for (String a : f[1].split("\\|")) {
                if (alt.length() > 0) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(a.strip()));
            }
            outlets.add(new Outlet(f[0], Pattern.compile("\\b(?:" + alt + ")\\b")));
        }
    }

    /** The sentence's attribution; {@link Claim#ASSERTED} when it has none. */
    public Claim find(String sentence) {
        boolean[] verbFound = new boolean[cues.size()];
        verbs.forEachMatch(sentence, (k, start, m) -> verbFound[k] = true);
        for (Cue cue : cues) {
            if (cue.verb() >= 0 && !verbFound[cue.verb()]) {
                continue;
            }
            Matcher m = cue.pattern().matcher(sentence);
            if (!m.find()) {
                continue;
            }
            if (cue.position().equals("adverb")) {
                return new Claim(null, cue.modality(), 0);
            }
            String src = m.group("src");
            int srcStart = m.start("src");
            if (isVerb(cue.position())) {
                String raw = sentence.substring(m.start("src"), m.end("src")).strip();
                src = subject(sentence, m.start("src"), m.end("src"));
                if (src == null) {
                    if (PRONOUN.matcher(raw).find()) {
                        return new Claim(null, cue.modality(), m.end()); // "They claimed that ...": someone said so
                    }
                    continue;
                }
            }
            srcStart = Math.max(srcStart, sentence.indexOf(src, srcStart)) // the subject, its clause cut off
                    + outletOffset(src); // "in the town the Syrian Observatory ... said": the outlet's name
            return new Claim(canonical(src), cue.modality(), srcStart, m.end(), cue.position().equals(ADMITS));
        }
        return Claim.ASSERTED;
    }

    /** A verb cue whose speaker owns the act: "X claimed responsibility for the bombing". */
    private static final String ADMITS = "admits";

    /** Cues that follow their subject: "X said", and "X claimed responsibility". */
    private static boolean isVerb(String position) {
        return position.equals("verb") || position.equals(ADMITS);
    }

    /**
     * What a regex needs after its named group, as a regex of its own: a match of the whole needs a
     * match of it, so where it is not found the whole need not be tried. Leading white space is
     * replaced by a word boundary (what follows it starts a word), so it is sought at words only.
     * Null when there is no such group, nothing after it, or the rest does not stand alone.
     */
    static String afterGroup(String regex, String group) {
        int open = regex.indexOf("(?<" + group + ">");
        if (open < 0) {
            return null;
        }
        int close = RegexShape.indexAtTopLevel(regex, open + 1, ')');
        String rest = close < 0 ? "" : regex.substring(close + 1);
        for (String space : List.of("\\s+", "\\s*", " ")) {
            if (rest.startsWith(space)) {
                rest = "\\b(?:" + rest.substring(space.length()) + ")";
                break;
            }
        }
        try {
            Pattern.compile(rest);
            return rest.isBlank() ? null : rest;
        } catch (PatternSyntaxException e) {
            return null; // the group sits inside another one: no shortcut
        }
    }

    /** The noun phrase right before an attribution verb, cut at the last clause break. */
    private static String subject(String sentence, int start, int end) {
        String s = sentence.substring(start, end);
        Matcher br = CLAUSE_BREAK.matcher(s);
        int cut = 0;
        while (br.find()) {
            cut = br.end();
        }
        s = s.substring(cut).strip();
        s = LEADING_FILLER.matcher(s).replaceFirst("");
        if (PASSIVE_END.matcher(s).find()) {
            return null; // a passive ("the second was reported on ..."): no one is cited
        }
        if (WHAT_IS_TOLD.matcher(s).find()) {
            return null; // "with casualties confirmed on both sides": what is told, not who tells it
        }
        if (s.isEmpty() || s.equalsIgnoreCase("it") || s.equalsIgnoreCase("he") || s.equalsIgnoreCase("she")
                || s.equalsIgnoreCase("they")) {
            return null;
        }
        return s;
    }

    /** Where a known outlet's name begins in the phrase, or 0. */
    private int outletOffset(String phrase) {
        for (Outlet o : outlets) {
            Matcher m = o.pattern().matcher(phrase);
            if (m.find()) {
                return m.start();
            }
        }
        return 0;
    }

    /** A known outlet's name when the phrase names one; else the phrase without a leading article. */
    String canonical(String phrase) {
        for (Outlet o : outlets) {
            if (o.pattern().matcher(phrase).find()) {
                return o.name();
            }
        }
        String p = phrase.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("the ")) {
            p = p.substring(4);
        }
        return p;
    }
}
