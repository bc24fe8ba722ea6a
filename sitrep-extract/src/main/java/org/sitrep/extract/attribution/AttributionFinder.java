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
    /**
     * {@code verb}: the number of what must follow the subject in {@link #verbs}, or -1;
     * {@code whole}: the number of the cue itself in {@link #others}, or -1.
     */
    private record Cue(String modality, String position, Pattern pattern, int verb, int whole) {
    }

    /** {@code names}: the outlet's names as written, one of which a phrase naming it holds. */
    private record Outlet(String name, List<String> names, Pattern pattern) {
        boolean mayBeIn(String phrase) {
            for (String n : names) {
                if (phrase.contains(n)) {
                    return true;
                }
            }
            return false;
        }
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
     * The other cues whole ("reportedly", "according to X"), sought together at the words they can
     * start: a case-insensitive alternation tried at every character cost more than all the rest.
     */
    private final PatternLexicon others;

    /**
     * @param cueRows the language's attribution cues: modality TAB position TAB regex (attribution.txt)
     * @param outletRows known outlets: name TAB alternatives (sources.tsv)
     */
    public AttributionFinder(List<String> cueRows, List<String> outletRows) {
        List<WordStartPattern> verbPatterns = new ArrayList<>();
        List<WordStartPattern> otherPatterns = new ArrayList<>();
        for (String line : cueRows) {
            String[] f = line.split("\t");
            String regex = isVerb(f[1]) ? NOT_MID_WORD + f[2] : f[2];
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            WordStartPattern verb = isVerb(f[1]) ? needed(f[2], flags) : null;
            if (verb != null) {
                verbPatterns.add(verb);
            } else {
                otherPatterns.add(new WordStartPattern(regex, flags));
            }
            cues.add(new Cue(f[0], f[1], Pattern.compile(regex, flags), verb == null ? -1 : verbPatterns.size() - 1,
                    verb == null ? otherPatterns.size() - 1 : -1));
        }
        verbs = new PatternLexicon(verbPatterns);
        others = new PatternLexicon(otherPatterns);
        for (String line : outletRows) {
            String[] f = line.split("\t");
            StringBuilder alt = new StringBuilder();
            List<String> names = new ArrayList<>();
            for (String a : f[1].split("\\|")) {
                if (alt.length() > 0) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(a.strip()));
                names.add(a.strip());
            }
            outlets.add(new Outlet(f[0], List.copyOf(names), Pattern.compile("\\b(?:" + alt + ")\\b")));
        }
    }

    /** The sentence's attribution; {@link Claim#ASSERTED} when it has none. */
    public Claim find(String sentence) {
        boolean[] verbFound = new boolean[cues.size()];
        verbs.forEachMatch(sentence, (k, start, m) -> verbFound[k] = true);
        boolean[] otherFound = new boolean[cues.size()];
        others.forEachMatch(sentence, (k, start, m) -> otherFound[k] = true);
        for (Cue cue : cues) {
            if (cue.verb() >= 0 && !verbFound[cue.verb()] || cue.whole() >= 0 && !otherFound[cue.whole()]) {
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
            OutletMention outlet = outletIn(src);
            srcStart = Math.max(srcStart, sentence.indexOf(src, srcStart)) // the subject, its clause cut off
                    + (outlet == null ? 0 : outlet.start()); // "in the town the Syrian Observatory ... said"
            return new Claim(outlet == null ? withoutArticle(src) : outlet.name(), cue.modality(), srcStart, m.end(),
                    cue.position().equals(ADMITS));
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
     * What a verb cue needs besides its subject, sought before the cue is tried: what follows the
     * subject ("said"), or, when that may start anywhere ("claimed by X" ends on a lookahead), what
     * comes before it. Null when neither stands alone.
     */
    private static WordStartPattern needed(String regex, int flags) {
        String after = afterGroup(regex, "src");
        WordStartPattern afterPattern = after == null ? null : new WordStartPattern(after, flags);
        if (afterPattern != null && !afterPattern.anywhere()) {
            return afterPattern;
        }
        String before = beforeGroup(regex, "src");
        WordStartPattern beforePattern = before == null ? null : new WordStartPattern(before, flags);
        return beforePattern != null && !beforePattern.anywhere() ? beforePattern : afterPattern;
    }

    /**
     * What a regex needs before its named group, as a regex of its own (a match of the whole starts
     * with a match of it); null when the group opens the regex, sits inside another group, or the
     * rest does not stand alone.
     */
    static String beforeGroup(String regex, String group) {
        int open = regex.indexOf("(?<" + group + ">");
        if (open <= 0) {
            return null;
        }
        String before = regex.substring(0, open);
        try {
            Pattern.compile(before);
            return before.isBlank() ? null : before;
        } catch (PatternSyntaxException e) {
            return null; // the group sits inside another one
        }
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

    /** A known outlet named in a phrase, and where its name begins there. */
    private record OutletMention(String name, int start) {
    }

    /** The first known outlet (in sources.tsv's order) the phrase names, or null. */
    private OutletMention outletIn(String phrase) {
        for (Outlet o : outlets) {
            if (!o.mayBeIn(phrase)) {
                continue; // a substring test first: a regex per outlet per claim cost more
            }
            Matcher m = o.pattern().matcher(phrase);
            if (m.find()) {
                return new OutletMention(o.name(), m.start());
            }
        }
        return null;
    }

    /** A known outlet's name when the phrase names one; else the phrase without a leading article. */
    String canonical(String phrase) {
        OutletMention outlet = outletIn(phrase);
        return outlet == null ? withoutArticle(phrase) : outlet.name();
    }

    private static String withoutArticle(String phrase) {
        String p = phrase.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("the ")) {
            p = p.substring(4);
        }
        return p;
    }
}
