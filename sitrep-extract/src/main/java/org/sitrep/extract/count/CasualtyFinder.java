package org.sitrep.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.TokenPhrases;
import org.sitrep.ingest.regex.LowerCase;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.WordStartPattern;
import org.sitrep.extract.text.Tokenizer;
import org.sitrep.extract.time.MonthNames;

/**
 * Reads the losses a sentence tells, by ACLED's conventions: the conservative figure, parts
 * ("including 3 commanders") not added twice, injuries and prisoners kept apart from deaths, and
 * a source's explicit coding ("coded as 10") taken as given.
 */
public final class CasualtyFinder {
    private static final int HEAD_WINDOW = 7;
    private static final WordStartPattern CODED = new WordStartPattern(
            "\\bcod(?:ed|ing)(?: fatalit(?:y|ies))? (?:as|to|at) (an additional |a total of )?(\\d+|one)\\b", 0);
    private static final TokenPhrases NO_PHRASES = TokenPhrases.of(List.of());

    /** Sought together in the lower-cased sentence; the first match of each is kept. */
    private final PatternLexicon sentenceCues;
    private final Set<String> subsetEnd;
    /** Month names: "November 14" is a date. */
    private final Set<String> months;
    /** Words after which a number from 1900 to 2100 is a year: "in 2016", "since 2011". */
    private final Set<String> yearBefore;
    /** Heads an apposition may name more closely: "1 person, a child" is one; "a woman, a child" two. */
    private final Set<String> genericHeads;
    private final Set<String> groupHeads;
    private final Set<String> passiveBefore;
    private final Set<String> perfectAuxiliary;
    private final Set<String> adverbsInVerb;
    private final Set<String> possessive;
    private final Set<String> objectPronoun;
    private final Set<String> stop;
    private final Set<String> zeroContext;
    private final Set<String> nounPhraseEnd;
    private final Set<String> countEnd;
    private final Set<String> countVerb;
    /** "6 more bodies", "another 4": a figure of dead said to come on top of the toll told before. */
    private final Set<String> moreAfter;
    private final Set<String> moreBefore;
    /** "A militia commander was also killed": a single death said to come on top of the toll told before. */
    private final Set<String> singleMore;
    private final Set<String> injuryAfter;
    private final Set<String> injuryDegree;
    private final Set<String> harm;
    private final Set<String> fatalityNouns;
    private final Set<String> fatalityAdjectives;
    private final Set<String> irregularPlural;
    private final CountWords counts;
    private final TokenPhrases people;
    private final TokenPhrases civilian;
    private final TokenPhrases killBefore;
    private final TokenPhrases killAfter;
    /** "killed along with 4 others": those counted after it died with the one told before. */
    private final TokenPhrases alongWith;
    /** "killed one on each side": as many again on the other side. */
    private final TokenPhrases eachSide;
    private final TokenPhrases injury;
    private final TokenPhrases subset;
    private final TokenPhrases combatant;
    private final TokenPhrases capture;
    private final TokenPhrases materiel;
    private final TokenPhrases destroy;
    /** What joins a figure to a higher alternative: "4, possibly 5", "2 or 3", "7 to 9". */
    private final TokenPhrases alternative;
    /** Injury words and hedges stop the search for a death verb: "may have been killed" counts no one. */
    private final TokenPhrases uncertain;
    /** Heads that say no more than "people". */
    private final Set<String> unspecific;
    /** What else an attack did to people ("displaced 40000"): no count after it is of the dead. */
    private final TokenPhrases otherOutcome;
    /** Dead and wounded told as one figure ("killing and wounding 18"): half of it are counted dead. */
    private final TokenPhrases combinedHarm;
    /** What makes the next number an age ("aged 30", "between the ages of 9"), and what joins two ages. */
    private final TokenPhrases ageCue;
    private final Set<String> ageJoin;

    /**
     * @param lx     the language's casualty words (casualties.txt)
     * @param counts the language's count words
     * @param months the language's month names
     */
    public CasualtyFinder(Lexicon lx, CountWords counts, MonthNames months) {
        this.counts = counts;
        this.months = months.lowerCase();
        sentenceCues = new PatternLexicon(List.of(cue(lx, "rate-cue"), CODED, cue(lx, "zero-cue"),
                cue(lx, "single-death-cue"), cue(lx, "rival-cue"), cue(lx, "toll-cue"), cue(lx, "revision-cue")));
        subsetEnd = lx.set("subset-end");
        yearBefore = lx.set("year-before");
        genericHeads = lx.set("generic-head");
        groupHeads = lx.set("group-head");
        passiveBefore = lx.set("passive-auxiliary");
        perfectAuxiliary = lx.set("perfect-auxiliary");
        adverbsInVerb = lx.set("verb-adverb");
        possessive = lx.set("possessive");
        objectPronoun = lx.set("object-pronoun");
        stop = lx.set("head-stop");
        zeroContext = lx.set("denial-before");
        nounPhraseEnd = lx.set("noun-phrase-end");
        countEnd = lx.set("count-end");
        countVerb = lx.set("count-verb");
        moreAfter = lx.set("more-after");
        moreBefore = lx.set("more-before");
        singleMore = lx.set("single-more");
        injuryAfter = lx.set("injury-after");
        injuryDegree = lx.set("injury-degree");
        harm = lx.set("harm");
        fatalityNouns = lx.set("fatality-noun");
        fatalityAdjectives = lx.set("fatality-adjective");
        irregularPlural = lx.set("irregular-plural");
        people = TokenPhrases.of(lx.list("people"));
        civilian = TokenPhrases.of(lx.list("civilian"));
        killBefore = TokenPhrases.of(lx.list("kill-before"));
        killAfter = TokenPhrases.of(lx.list("kill-after"));
        alongWith = TokenPhrases.of(lx.list("along-with"));
        eachSide = TokenPhrases.of(lx.list("each-side"));
        injury = TokenPhrases.of(lx.list("injury"));
        subset = TokenPhrases.of(lx.list("subset"));
        combatant = TokenPhrases.of(lx.list("combatant"));
        capture = TokenPhrases.of(lx.list("capture"));
        materiel = TokenPhrases.of(lx.list("materiel"));
        destroy = TokenPhrases.of(lx.list("destroy"));
        alternative = TokenPhrases.of(lx.list("alternative"));
        uncertain = injury.plus(lx.list("hedge"));
        unspecific = lx.set("unspecific");
        otherOutcome = TokenPhrases.of(lx.list("other-outcome"));
        combinedHarm = TokenPhrases.of(lx.list("combined-harm"));
        ageCue = TokenPhrases.of(lx.list("age-cue"));
        ageJoin = lx.set("age-join");
    }

    /** A section of sentence cues, one regex alternative a line. */
    private static WordStartPattern cue(Lexicon lx, String section) {
        return new WordStartPattern(String.join("|", lx.list(section)), 0);
    }

    public Casualties find(String sentence) {
        return find(sentence, Tokenizer.tokenize(sentence));
    }

    /** The same, with the sentence's tokens already made. */
    public Casualties find(String sentence, List<Token> tokens) {
        String lower = LowerCase.of(sentence);
        MatchResult[] cue = new MatchResult[7]; // rate, coded, zero, single death, rival, toll, revision
        sentenceCues.forEachMatch(lower, (k, start, m) -> {
            if (cue[k] == null) {
                cue[k] = m.toMatchResult();
            }
        });
        if (cue[0] != null) {
            return Casualties.NONE; // "an average of 14 a day": not this event's count
        }
        if (cue[4] != null) { // "..., conflicting sources say 37": the figures before are the report's own
            int cut = cue[4].start();
            if (cut == 0 || lower.length() != sentence.length()) {
                return Casualties.NONE;
            }
            int kept = (int) tokens.stream().filter(t -> t.start() < cut).count();
            return find(sentence.substring(0, cut), tokens.subList(0, kept));
        }
        tokens = withoutQuotes(tokens); // 'killed "dozens"', '"dozens" were killed': a quoted count is a count
        int fatal = 0;
        boolean anyFatal = false;
        boolean civilians = false;
        int injured = 0;
        Integer prisoners = null;
        List<String> lost = new ArrayList<>();
        boolean previousFatal = false;
        int previousEnd = -1;

        boolean inSubset = false;
        int subsetWhole = 0; // the figure a part-of list belongs to, and how many the list has named so far
        int subsetSum = 0;
        boolean onTop = false; // a figure of dead said to come on top of one told before
        Boolean subsetWholeCivilian = null; // whether the whole's people are civilians (null: not said)
        Boolean lastHeadCivilian = null;
        boolean withOneBefore = false;
        List<CountedDead> counted = new ArrayList<>();
        int lastFatalCount = 0;
        boolean lastHeadGeneric = false;
        int lastAgeEnd = -2;
        for (int i = 0; i < tokens.size(); i++) {
            if (subset.startsAt(tokens, i)) {
                inSubset = true;
                subsetWhole = lastFatalCount;
                subsetSum = 0;
                subsetWholeCivilian = lastHeadCivilian;
            } else if (subsetEnd.contains(tokens.get(i).lower())) {
                inSubset = false;
            }
            CountWords.Count c = counts.at(tokens, i);
            if (c == null && i + 1 < tokens.size() && possessive.contains(tokens.get(i).lower())) {
                int head = findHead(tokens, i + 1, people, 2);
                if (head >= 0 && !isPlural(tokens.get(head).lower())) {
                    c = new CountWords.Count(1, i, i + 1); // "a man and his daughter", "her small child"
                }
            }
            if (c == null && tokens.get(i).lower().equals("the") && killAfter.endsWithin(tokens, i, 0)) {
                int head = findHead(tokens, i + 1, people, 3);
                if (head >= 0 && !isPlural(tokens.get(head).lower())) {
                    c = new CountWords.Count(1, i, i + 1); // "killing the driver"
                }
            }
            if (c == null && i > 0 && killAfter.endsWithin(tokens, i, 0) && nameOrTitleNext(tokens, i)) {
                int head = findHead(tokens, i, people, 3);
                if (head == i && !isPlural(tokens.get(head).lower())) {
                    fatal += 1; // "killed Major Ali", "killed commander Ali": the title is the person
                    counted.add(new CountedDead(1, null));
                    anyFatal = true;
                    previousFatal = true;
                    previousEnd = i + 1;
                    continue;
                }
                if (head > i && !isPlural(tokens.get(head).lower())) {
                    c = new CountWords.Count(1, i, i + 1); // "killing AQAP militant Akram"
                }
            }
            if (c == null && i > 0 && objectPronoun.contains(tokens.get(i).lower())
                    && killAfter.endsWithin(tokens, i, 1)) {
                if (counted.isEmpty()) {
                    fatal += 1; // "killing him"; "shot dead a soldier ... after killing him" is that soldier
                }
                anyFatal = true;
                continue;
            }
            if (c == null && previousFatal && !inSubset && i > 0 && people.startsAt(tokens, i) && !isPlural(tokens.get(i).lower())
                    && endsNounPhrase(tokens, i + people.phraseAt(tokens, i).size())
                    && onlyNounPhraseBetween(tokens, previousEnd, i)
                    && (tokens.get(i - 1).lower().equals(",") || tokens.get(i - 1).lower().equals("and"))) {
                fatal += 1; // "killed a man, woman, and child"
                previousEnd = i + 1;
                continue;
            }
            if (c == null || i > 0 && months.contains(tokens.get(i - 1).lower()) || isYear(tokens, c)) {
                continue; // "November 14" and "September 15 2016" are dates
            }
            if (ageCue.endsWithin(tokens, c.start(), 0) || c.start() == lastAgeEnd + 1
                    && ageJoin.contains(tokens.get(lastAgeEnd).lower())) {
                lastAgeEnd = c.end(); // "aged 30 and 45", "between the ages of 9 and 14": ages, not counts
                i = c.end() - 1;
                continue;
            }
            CountWords.Count upper = upperBound(tokens, c, i > 0 && tokens.get(i - 1).lower().equals("between"));
            if (upper != null) {
                // "between 7 and 10 people", "4, possibly 5, children": the lower figure, as ACLED codes
                c = new CountWords.Count(c.value(), c.start(), upper.end());
            }
            if (inSubset && subsetWhole > 0 && (subsetSum + c.value() > subsetWhole
                    || otherKind(subsetWholeCivilian, civilianHead(tokens, c)))) {
                // "4 fighters, including a commander, and 7 civilians": 7 more than the 4 hold, and
                // "12 soldiers, including 2 officers, and 3 civilians": civilians are no part of soldiers
                inSubset = false;
            }
            if (inSubset) {
                subsetSum += c.value();
                i = c.end() - 1;
                continue; // "30 members, including 3 commanders, were killed": 3 is part of 30
            }
            if (!c.isArticle(tokens) && isFatalityNoun(tokens, c.end())) {
                if (!toldAgain(counted, c.value(), null)) {
                    fatal += c.value(); // "10 fatalities among the army's fighters"; "16 dead ... 16 people were killed"
                }
                counted.add(new CountedDead(c.value(), null));
                onTop |= saidMore(tokens, c);
                anyFatal = true;
                i = c.end() - 1;
                continue;
            }
            int head = findHead(tokens, c.end(), people, c.isArticle(tokens) ? 3 : HEAD_WINDOW);
            boolean sharesHead = head < 0 && !c.isArticle(tokens);
            head = sharesHead ? sharedHead(tokens, c.end()) : head;
            sharesHead &= head >= 0;
            if (head < 0 && !c.isArticle(tokens) && combinedHarm.endsWithin(tokens, c.start(), 3) && headless(tokens, c.end())) {
                int dead = deadOfCombined(c.value()); // "killing and wounding dozens."
                fatal += dead;
                injured += c.value() - dead;
                anyFatal = true;
                i = c.end() - 1;
                continue;
            }
            if (head < 0 && !c.isArticle(tokens) && (killAfter.endsWithin(tokens, c.start(), 4) && headless(tokens, c.end())
                    && (!injury.endsWithin(tokens, c.start(), 3) || killCueCloser(tokens, c.start(), previousEnd))
                    || c.end() < tokens.size() && countVerb.contains(tokens.get(c.end()).lower())
                    && cueAfter(tokens, c.end(), killBefore, 3, injury)
                    || killBefore.startsAt(tokens, c.end()))) { // "two were killed", "six died", "2 killed ..."
                if (!toldAgain(counted, c.value(), null)) {
                    fatal += c.value() * sides(tokens, c.end()); // "killing at least three."
                }
                counted.add(new CountedDead(c.value(), null));
                onTop |= saidMore(tokens, c);
                anyFatal = true;
                previousFatal = true;
                previousEnd = c.end();
                i = c.end() - 1;
                continue;
            }
            if (head < 0) {
                int m = findHead(tokens, c.end(), materiel, HEAD_WINDOW);
                if (m >= 0 && destroy.endsWithin(tokens, c.start(), 12)) {
                    lost.add(c.value() + " " + span(tokens, c.end(), headEnd(tokens, m, materiel)));
                }
                if (isFatalityNoun(tokens, c.end())) {
                    if (!toldAgain(counted, c.value(), null)) {
                        fatal += c.value();
                    }
                    counted.add(new CountedDead(c.value(), null));
                    onTop |= saidMore(tokens, c);
                    anyFatal = true;
                }
                i = c.end() - 1;
                continue;
            }
            int end = compoundHeadEnd(tokens, head, people);
            if (previousFatal && c.isArticle(tokens) && lastFatalCount == 1 && lastHeadGeneric && i > 0
                    && tokens.get(i - 1).text().equals(",")) {
                i = end - 1;
                continue; // "killing at least 1 person, a child": the same person
            }
            if (c.isArticle(tokens) && (isPlural(tokens.get(head).lower()) || groupHeads.contains(tokens.get(head).lower())
                    && !people.startsAt(tokens, head + 1))) { // "a militia leader" is one person
                i = c.end() - 1;
                continue; // "a number of ..." is no count, "an armed militia" no one person
            }
            boolean isSubset = subset.endsWithin(tokens, c.start(), 3);
            boolean hurt = injury.endsWithin(tokens, c.start(), 3) || cueAfter(tokens, end, injury, 6, killBefore);
            // "leaving three civilians wounded", "one dead and two others seriously injured": the
            // participle right after the people counted is what happened to them, whatever came before
            boolean alongWith = killedAlongWith(tokens, c.start());
            boolean killed = !injuredRightAfter(tokens, end) && (activeKillBefore(tokens, c.start())
                    || cueAfter(tokens, end, killBefore, opensSubset(tokens, end) || opensCountList(tokens, end) ? 24 : 12, uncertain)
                    || (previousFatal && onlyNounPhraseBetween(tokens, previousEnd, c.start()))
                    || alongWith);
            boolean takenBefore = capture.endsWithin(tokens, c.start(), 2);
            boolean taken = takenBefore || cueAfter(tokens, end, capture, 5, killBefore);
            if (takenBefore || !activeKillBefore(tokens, c.start()) && cueAfter(tokens, end, capture, 5, killBefore)
                    && !cueAfter(tokens, end, killBefore, 5, capture)) {
                killed = false; // "killed 8 soldiers and captured 3 others": the 3 were taken, not killed
            }
            boolean countedDead = false;
            if (isSubset) {
                // part of a figure already counted
            } else if (combinedHarm.endsWithin(tokens, c.start(), 3) || combinedAfter(tokens, end)) {
                // "killed and wounded 18 soldiers", "18 soldiers were killed or injured": one figure of both
                int dead = deadOfCombined(c.value());
                fatal += dead;
                injured += c.value() - dead;
                anyFatal = true;
                civilians |= civilian.startsAt(tokens, head);
            } else if (killed && (killedRightAfter(tokens, end) || killCueCloser(tokens, c.start(), previousEnd)
                    || !(hurt && (injury.endsWithin(tokens, c.start(), 3)
                    || (end < tokens.size() && injuryAfter.contains(tokens.get(end).lower())
                    && !countAt(tokens, end + 1)))))) {
                // "7 were injured and 1 person killed": the verb right after the count says it, unless
                // it counts people of its own ("killed 30 people injured 90", a comma lost)
                withOneBefore |= alongWith && counted.isEmpty(); // "the commander was killed along with 3 aides"
                countedDead = true;
                String headWord = unspecific.contains(tokens.get(head).lower()) ? null
                        : sharesHead ? span(tokens, c.end(), end).toLowerCase(Locale.ROOT) : tokens.get(head).lower();
                if (!toldAgain(counted, c.value(), headWord)) {
                    fatal += c.value() * sides(tokens, end); // the same figure of the same people told twice is one count
                    fatal += counted.isEmpty() && oneNamedBefore(tokens, c.start(), c.end()) ? 1 : 0;
                }
                counted.add(new CountedDead(c.value(), headWord));
                onTop |= saidMore(tokens, c);
                anyFatal = true;
                lastFatalCount = c.value();
                lastHeadGeneric = genericHeads.contains(tokens.get(head).lower());
                lastHeadCivilian = civilianOrCombatant(tokens, head);
                civilians |= civilian.startsAt(tokens, head);
                if (c.value() > 1 && opensApposition(tokens, end)
                        && (lastHeadGeneric || tokens.get(end).text().equals("("))) {
                    inSubset = true; // "2 people, a father and his daughter, were killed": the two, named
                    subsetWhole = c.value(); // "7 civilians (6 men and a woman)": the 7, told in parts
                    subsetSum = 0;
                    subsetWholeCivilian = civilianOrCombatant(tokens, head);
                }
            } else if (hurt) {
                injured += c.value();
                civilians |= civilian.startsAt(tokens, head);
            } else if (taken) {
                prisoners = (prisoners == null ? 0 : prisoners) + c.value();
            }
            previousFatal = countedDead; // "injured 5 soldiers and a civilian": the civilian was injured too
            previousEnd = end;
            i = sharesHead ? c.end() - 1 : end - 1; // the next count, whose head this one borrowed, is its own
        }
        if (cue[3] != null) {
            onTop |= saidMore(cue[3].group()); // "A militia commander was also killed", counted by its article or not
        }
        if (!anyFatal && cue[3] != null && cue[2] == null) {
            fatal = 1;
            anyFatal = true;
        } else if (withOneBefore && cue[3] != null) {
            fatal += 1; // the one the sentence says was killed, and those killed along with him
        }
        if (!civilians) {
            civilians = mentionsCivilianHarm(tokens) || harmWithoutCombatants(tokens);
        }
        Integer fatalities = anyFatal ? Integer.valueOf(fatal) : null;
        MatchResult coded = cue[1];
        boolean isCoded = false;
        if (coded != null) {
            isCoded = coded.group(1) == null || !coded.group(1).startsWith("an additional");
            int v = coded.group(2).equals("one") ? 1 : Integer.parseInt(coded.group(2));
            fatalities = coded.group(1) != null && coded.group(1).startsWith("an additional")
                    ? (fatalities == null ? 0 : fatalities) + v : v;
        } else if (fatalities == null && cue[5] != null) {
            fatalities = tollOf(cue[5]); // "the death toll rose to 31"
        } else if (fatalities == null && cue[2] != null) {
            fatalities = 0;
        }
        return new Casualties(fatalities, civilians, injured, prisoners, List.copyOf(lost), isCoded,
                cue[6] != null && fatalities != null && fatalities > 0, onTop && fatalities != null && fatalities > 0);
    }

    /** The one number a toll cue captured. */
    private static Integer tollOf(MatchResult toll) {
        for (int g = 1; g <= toll.groupCount(); g++) {
            if (toll.group(g) != null) {
                return Integer.valueOf(toll.group(g));
            }
        }
        return null;
    }

    /** A figure of dead already counted, with its head noun (null for "people", "persons"). */
    private record CountedDead(int value, String head) {
    }

    /**
     * "Air strikes kill 28 in X: air strikes killed at least 28 people in X on Saturday": a headline
     * run into its lead, one figure told twice. "5 soldiers and 5 civilians" are two groups.
     */
    private static boolean toldAgain(List<CountedDead> counted, int value, String head) {
        if (value < 2) {
            return false; // "a man ... another civilian", "1 person ... a woman": single people add up
        }
        for (CountedDead d : counted) {
            if (d.value() == value && (d.head() == null || head == null || d.head().equals(head))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A four-digit year after a month or a day of a month ("September 15 2016", "Feb 2015") or a word of
     * time ("said in 2015 the commander had been killed", "since 2011").
     */
    private boolean isYear(List<Token> tokens, CountWords.Count c) {
        if (c.value() < 1900 || c.value() > 2100 || c.start() == 0) {
            return false;
        }
        String before = tokens.get(c.start() - 1).lower();
        if (months.contains(before) || yearBefore.contains(before)) {
            return true;
        }
        if (c.start() >= 2 && (before.equals(".") || before.equals("/") || before.equals("-"))
                && tokens.get(c.start() - 2).lower().matches("\\d{1,2}")) {
            return true; // "11.03.2016": a numeric date
        }
        return c.start() >= 2 && before.matches("\\d{1,2}") && months.contains(tokens.get(c.start() - 2).lower());
    }

    /** "resulted in several injuries": people hurt, none of them said to be fighters, are civilians. */
    private boolean harmWithoutCombatants(List<Token> tokens) {
        boolean harmed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (combatant.startsAt(tokens, i)) {
                return false;
            }
            String t = tokens.get(i).lower();
            boolean denied = i > 0 && zeroContext.contains(tokens.get(i - 1).lower())
                    || i > 1 && zeroContext.contains(tokens.get(i - 2).lower());
            harmed |= !denied && harm.contains(t);
        }
        return harmed;
    }

    /** Civilians hurt or killed without a count: "injuring civilians", "killed a woman". */
    private boolean mentionsCivilianHarm(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (civilian.startsAt(tokens, i) && (injury.endsWithin(tokens, i, 5) || killAfter.endsWithin(tokens, i, 5)
                    || cueAfter(tokens, i + 1, injury, 5, NO_PHRASES) || cueAfter(tokens, i + 1, killBefore, 5, NO_PHRASES))) {
                return true;
            }
        }
        return false;
    }

    /** The higher figure of a range or an alternative right after count {@code c}, or null. */
    private CountWords.Count upperBound(List<Token> tokens, CountWords.Count c, boolean afterBetween) {
        List<String> link = alternative.phraseAt(tokens, c.end());
        if (link == null && afterBetween && c.end() < tokens.size() && tokens.get(c.end()).lower().equals("and")) {
            link = List.of("and");
        }
        if (link == null || c.end() + link.size() >= tokens.size()) {
            return null;
        }
        return counts.at(tokens, c.end() + link.size());
    }

    /** "causing injuries and killing 7": of the cues before a count, the closer one tells what happened to it. */
    private boolean killCueCloser(List<Token> tokens, int at, int previousFigureEnd) {
        int kill = killAfter.lastEndWithin(tokens, at, 4);
        // "leaving 3 dead and 7 others injured": a cue before the previous figure is that figure's
        return kill >= 0 && kill > previousFigureEnd && kill > injury.lastEndWithin(tokens, at, 4);
    }

    /** True for civilians, false for combatants, null for people no word of the lexicon tells. */
    private Boolean civilianOrCombatant(List<Token> tokens, int head) {
        if (head < 0 || unspecific.contains(tokens.get(head).lower())) {
            return null; // "6 people (2 fighters and 4 civilians)": people may be either
        }
        return civilian.startsAt(tokens, head) ? Boolean.TRUE : combatant.startsAt(tokens, head) ? Boolean.FALSE : null;
    }

    /** Civilians against combatants: both told, and not the same. */
    private static boolean otherKind(Boolean wholeCivilian, Boolean partCivilian) {
        return wholeCivilian != null && partCivilian != null && !wholeCivilian.equals(partCivilian);
    }

    /** Whether the people count {@code c} heads are civilians (see {@link #civilianOrCombatant}). */
    private Boolean civilianHead(List<Token> tokens, CountWords.Count c) {
        return civilianOrCombatant(tokens, findHead(tokens, c.end(), people, c.isArticle(tokens) ? 3 : HEAD_WINDOW));
    }

    /** "a man, woman, and child" ends there; "civilian property" goes on: civilian is no person there. */
    private boolean endsNounPhrase(List<Token> tokens, int at) {
        return at >= tokens.size() || !tokens.get(at).isWord() || nounPhraseEnd.contains(tokens.get(at).lower());
    }

    /** Nothing but the end of a clause follows the count. */
    private boolean headless(List<Token> tokens, int at) {
        return at >= tokens.size() || countEnd.contains(tokens.get(at).lower());
    }

    /** "5 fatalities", "6 more bodies", "10 additional dead bodies". */
    private boolean isFatalityNoun(List<Token> tokens, int at) {
        for (int j = at; j < Math.min(tokens.size(), at + 3); j++) {
            String t = tokens.get(j).lower();
            if (fatalityNouns.contains(t)) {
                return true;
            }
            if (!fatalityAdjectives.contains(t) && !isProperAdjective(tokens, j, at)) {
                return false;
            }
        }
        return false;
    }

    /** "21 Houthi fatalities", "3 Iraqi deaths": a capitalised word after the count names whose dead. */
    private static boolean isProperAdjective(List<Token> tokens, int j, int countEnd) {
        String text = tokens.get(j).text();
        return j == countEnd && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && Character.isLetter(text.charAt(0));
    }

    private boolean isPlural(String noun) {
        return noun.endsWith("s") || irregularPlural.contains(noun);
    }

    /** The first token at or after {@code from} (within a short window) that starts a phrase of {@code heads}. */
    private int findHead(List<Token> tokens, int from, TokenPhrases heads, int window) {
        int end = from + window;
        for (int j = from; j < Math.min(tokens.size(), end); j++) {
            if (heads.startsAt(tokens, j)) {
                return j;
            }
            if (j > from && nameOrQuote(tokens.get(j)) && end < from + window + MODIFIER_NAMES) {
                end++; // "a Hayat Tahrir al-Sham commander", "a 'Sharia' judge": a name modifies the head
            }
            String t = tokens.get(j).lower();
            if (stop.contains(t) || t.equals(",") && j > from + 3 || counts.at(tokens, j) != null && j > from
                    || killAfter.startsAt(tokens, j) || injury.startsAt(tokens, j)) {
                return -1; // the head of a count comes before any other count or verb
            }
        }
        return -1;
    }

    /** How far back a person named before "and N others" may stand. */
    private static final int NAMED_BEFORE_WINDOW = 8;

    /**
     * "Commander Omar Saleh and 5 other fighters were killed", "the leader, X, and eight of his escorts":
     * one person named before "and" a count of others or of his people died with them.
     */
    private boolean oneNamedBefore(List<Token> tokens, int start, int end) {
        if (start < 2 || !tokens.get(start - 1).lower().equals("and") || end >= tokens.size()) {
            return false;
        }
        String next = tokens.get(end).lower();
        boolean ofTheirOwn = next.equals("other") || next.equals("others")
                || next.equals("of") && end + 1 < tokens.size() && possessive.contains(tokens.get(end + 1).lower());
        if (!ofTheirOwn) {
            return false;
        }
        for (int j = start - 2; j >= Math.max(0, start - 1 - NAMED_BEFORE_WINDOW); j--) {
            Token t = tokens.get(j);
            if (t.text().equals(",") && j == start - 2) {
                continue; // "X, and eight of his escorts"
            }
            if (counts.at(tokens, j) != null || killAfter.startsAt(tokens, j) || stop.contains(t.lower())) {
                return false;
            }
            if (people.startsAt(tokens, j)) {
                return !isPlural(t.lower());
            }
            if (j >= start - 3 && nameOrQuote(t) && Character.isUpperCase(t.text().charAt(0))) {
                return true; // a name right before "and"
            }
        }
        return false;
    }

    /** How many words may modify a count whose head comes after the next count. */
    private static final int SHARED_HEAD_MODIFIERS = 3;

    /**
     * "4 HTS and 3 IS fighters", "two Syrian and three Iraqi soldiers": a count followed only by a
     * modifier or two, then "and" and another count, shares that count's head; -1 when it is not so.
     */
    private int sharedHead(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && j < from + SHARED_HEAD_MODIFIERS && modifierWord(tokens, j)) {
            j++;
        }
        if (j == from || j + 1 >= tokens.size() || !tokens.get(j).lower().equals("and")) {
            return -1;
        }
        CountWords.Count next = counts.at(tokens, j + 1);
        return next == null || next.isArticle(tokens) ? -1 : findHead(tokens, next.end(), people, HEAD_WINDOW);
    }

    /**
     * A word that can modify a head: a name, or a plain singular word that is no thing counted, verb
     * of harm, count or stop word ("4 regime and 5 rebel fighters", not "30 targets and 12 fighters").
     */
    private boolean modifierWord(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        String w = t.lower();
        if (nameOrQuote(t)) {
            return true;
        }
        return w.chars().allMatch(Character::isLetter) && !isPlural(w) && !stop.contains(w) && !w.equals("and")
                && !materiel.startsAt(tokens, j)
                && counts.at(tokens, j) == null && !killAfter.startsAt(tokens, j) && !killBefore.startsAt(tokens, j)
                && !injury.startsAt(tokens, j) && !capture.startsAt(tokens, j);
    }

    /** ", including Colonel X, the brigade's commander, were killed": a list of some of them comes first. */
    private boolean opensSubset(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).text().equals(",") && subset.startsAt(tokens, end + 1);
    }

    /** "6 more bodies", "another 4": the figure itself is said to come on top of one told before. */
    private boolean saidMore(List<Token> tokens, CountWords.Count c) {
        return c.end() < tokens.size() && moreAfter.contains(tokens.get(c.end()).lower())
                || c.start() > 0 && moreBefore.contains(tokens.get(c.start() - 1).lower());
    }

    /** "was also killed": a word of the single-death cue says the death comes on top of those told before. */
    private boolean saidMore(String singleDeathCue) {
        for (String word : singleDeathCue.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (singleMore.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "8 soldiers, 11 rebel faction fighters and 6 others were killed": more counts follow, sharing the verb. */
    private boolean opensCountList(List<Token> tokens, int end) {
        int next = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
        if (next < tokens.size() && tokens.get(next).lower().equals("and")) {
            next++;
        }
        return next > end && counts.at(tokens, next) != null;
    }

    /** 2 when the count is of each side of the fight ("one on each side", "3 were killed on either side"), else 1. */
    private int sides(List<Token> tokens, int end) {
        for (int j = end; j < Math.min(tokens.size(), end + 4); j++) {
            if (eachSide.startsAt(tokens, j)) {
                return 2;
            }
            if (!Character.isLetterOrDigit(tokens.get(j).text().charAt(0))) {
                return 1; // the clause ends
            }
        }
        return 1;
    }

    /** A name or a bare title follows the killing, not a determiner, a count or a pronoun. */
    private boolean nameOrTitleNext(List<Token> tokens, int i) {
        String t = tokens.get(i).lower();
        return counts.at(tokens, i) == null && !t.equals("the") && !objectPronoun.contains(t)
                && !possessive.contains(t) && (nameOrQuote(tokens.get(i)) || people.startsAt(tokens, i));
    }

    /** How many words of a name (or quotes) may stand between a count and its head beyond the window. */
    private static final int MODIFIER_NAMES = 4;

    private static boolean nameOrQuote(Token t) {
        String s = t.text();
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || s.equals("'") || s.equals("\"")
                || s.equals("‘") || s.equals("’") || s.startsWith("al-"));
    }

    private static int headEnd(List<Token> tokens, int head, TokenPhrases heads) {
        List<String> p = heads.phraseAt(tokens, head);
        return head + (p == null ? 1 : p.size());
    }

    /** "21 loyalist militia fighters": a head noun right after another is the head, the first its modifier. */
    private static int compoundHeadEnd(List<Token> tokens, int head, TokenPhrases heads) {
        int end = headEnd(tokens, head, heads);
        while (end < tokens.size() && heads.startsAt(tokens, end)) {
            end = headEnd(tokens, end, heads);
        }
        return end;
    }

    /** "killing 5", not "were killed and 5 …": a kill cue before the count that is not a passive of its own. */
    /**
     * The dead among a figure of dead and wounded together: ACLED codes half of it (rounded down, at
     * least one), as the text does not say how the figure splits.
     */
    private static int deadOfCombined(int figure) {
        return Math.max(1, figure / 2);
    }

    /** A comma or bracket right after a figure of people, then a person or a count: who they were. */
    private boolean opensApposition(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size()) {
            return false;
        }
        String mark = tokens.get(end).text();
        return (mark.equals(",") || mark.equals("(")) && (counts.at(tokens, end + 1) != null
                || possessive.contains(tokens.get(end + 1).lower()));
    }

    /** "was killed along with 4 others", "killing him together with two aides": a kill cue, then the phrase, then the count. */
    private boolean killedAlongWith(List<Token> tokens, int at) {
        int end = alongWith.lastEndWithin(tokens, at, 2); // "along with at least 11": a hedge may come between
        List<String> phrase = end < 0 ? null : alongWith.phraseEndingAt(tokens, end);
        return phrase != null && (killAfter.endsWithin(tokens, end - phrase.size(), 1)
                || killBefore.endsWithin(tokens, end - phrase.size(), 1)); // "were killed", "died along with"
    }

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "«", "»");

    private static List<Token> withoutQuotes(List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> QUOTES.contains(t.text()))) {
            return tokens;
        }
        return tokens.stream().filter(t -> !QUOTES.contains(t.text())).toList();
    }

    private boolean countAt(List<Token> tokens, int at) {
        return at < tokens.size() && counts.at(tokens, at) != null;
    }

    /** "18 soldiers were (reportedly) killed and wounded": the combined verb right after the head. */
    private boolean combinedAfter(List<Token> tokens, int end) {
        return combinedHarm.startsAt(tokens, mainVerb(tokens, end, Integer.MAX_VALUE, false));
    }

    /** "... and 12 fighters were reportedly killed": the verb group right after the people counted is a killing. */
    private boolean killedRightAfter(List<Token> tokens, int at) {
        return killBefore.startsAt(tokens, mainVerb(tokens, at, 3, true));
    }

    /**
     * Where the verb group starting at {@code at} has its main word: past passive auxiliaries and the
     * adverbs inside the group ("were reportedly"), and with {@code perfect} "have"/"had" too, at most
     * {@code limit} words on.
     */
    private int mainVerb(List<Token> tokens, int at, int limit, boolean perfect) {
        int j = at;
        while (j < tokens.size() && j - at < limit && (passiveBefore.contains(tokens.get(j).lower())
                || adverbsInVerb.contains(tokens.get(j).lower())
                || perfect && perfectAuxiliary.contains(tokens.get(j).lower()))) {
            j++;
        }
        return j;
    }

    /**
     * An injury participle right after the counted people, perhaps after its degree ("seriously
     * wounded"), and not one with a count of its own ("killed 30 people injured 90", a comma lost).
     */
    private boolean injuredRightAfter(List<Token> tokens, int at) {
        int j = at < tokens.size() && injuryDegree.contains(tokens.get(at).lower()) ? at + 1 : at;
        return j < tokens.size() && injuryAfter.contains(tokens.get(j).lower()) && !countAt(tokens, j + 1);
    }

    private boolean activeKillBefore(List<Token> tokens, int at) {
        return killAfter.endsWithin(tokens, at, 4, start -> start >= at - 7 && !passiveBefore(tokens, start)
                && !otherOutcomeBetween(tokens, start, at));
    }

    /** "killed 9 civilians and forced 2000 residents to flee": another verb of what was done comes between. */
    private boolean otherOutcomeBetween(List<Token> tokens, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (otherOutcome.startsAt(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /** "were killed", "were reportedly killed"; not "which reportedly killed". */
    private boolean passiveBefore(List<Token> tokens, int start) {
        int j = start - 1;
        while (j >= 0 && adverbsInVerb.contains(tokens.get(j).lower())) {
            j--;
        }
        return j >= 0 && passiveBefore.contains(tokens.get(j).lower());
    }

    /** A cue phrase within {@code window} tokens after {@code at}, before any blocker and clause end. */
    private static boolean cueAfter(List<Token> tokens, int at, TokenPhrases cues, int window, TokenPhrases blockers) {
        for (int j = at; j < Math.min(tokens.size(), at + window); j++) {
            String t = tokens.get(j).lower();
            if (t.equals(".") || t.equals(";")) {
                return false;
            }
            if (blockers.startsAt(tokens, j)) {
                return false;
            }
            if (cues.startsAt(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /** Between two counts only names and connectors: "two fighters from X and 17 soldiers". */
    private boolean onlyNounPhraseBetween(List<Token> tokens, int from, int to) {
        if (from < 0 || to - from > 8) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String t = tokens.get(j).lower();
            if (t.equals(".") || t.equals(";") || injury.startsAt(tokens, j) || killBefore.startsAt(tokens, j)
                    || otherOutcome.startsAt(tokens, j) || t.equals("were") || t.equals("was") || t.equals("while") || t.equals("which")) {
                return false;
            }
        }
        return true;
    }

    private static String span(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (j > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(j).text());
        }
        return sb.toString();
    }
}
