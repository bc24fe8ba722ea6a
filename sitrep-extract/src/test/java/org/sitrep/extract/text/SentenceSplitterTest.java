package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;

class SentenceSplitterTest {
    static final String RANKS = "Maj. Gen. Karim Haddad led the assault on the hill. His deputy was wounded.";
    static final String INITIAL = "The convoy was seen by A. Rahman near the bridge. It moved north at dawn.";
    static final String US_FORCES = "U.S. forces flew over the dam. No shots were fired.";
    static final String QUOTE = "The commander said: \"We took the ridge.\" Fighting then moved to the valley.";
    static final String OPENING_QUOTE = "The statement ended there. \"Our fighters held,\" a spokesman added.";
    static final String QUESTION = "Who fired first? Both sides blame each other! Talks resumed on Monday.";
    static final String LOWER_AFTER_DOT = "The raid began at 5 a.m. local time. Traffic resumed later.";
    static final String DECIMAL = "The front moved 2.5 km east. Losses were light.";
    static final String TWO_PARAGRAPHS = "The army shelled the town. Residents fled.\n\nOn Sunday, the rebels struck back.";
    static final String WRAPPED_LINE = "The rebels advanced\nalong the road. They stopped at the bridge.";

    private final SentenceSplitter splitter = English.splitter();

    private List<String> texts(String body) {
        return splitter.split(body).stream().map(Sentence::text).toList();
    }

    @Test
    void militaryRanksDoNotEndASentence() {
        assertEquals(List.of("Maj. Gen. Karim Haddad led the assault on the hill.", "His deputy was wounded."),
                texts(RANKS));
    }

    @Test
    void hyphenatedRanksDoNotEndASentence() {
        assertEquals(List.of("A blast hit the car of Lt-Col. Samir Nasr near the bridge.", "Two aides died."),
                texts("A blast hit the car of Lt-Col. Samir Nasr near the bridge. Two aides died."));
        assertEquals(1, texts("Maj-Gen. Aziz and Brig-Gen. Fares met on Monday.").size());
    }

    @Test
    void anInitialDoesNotEndASentence() {
        assertEquals(List.of("The convoy was seen by A. Rahman near the bridge.", "It moved north at dawn."),
                texts(INITIAL));
    }

    @Test
    void dottedAcronymsDoNotEndASentence() {
        assertEquals(List.of("U.S. forces flew over the dam.", "No shots were fired."), texts(US_FORCES));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("The commander said: \"We took the ridge.\"", "Fighting then moved to the valley."),
                texts(QUOTE));
    }

    @Test
    void openingQuoteStartsANewSentence() {
        assertEquals(List.of("The statement ended there.", "\"Our fighters held,\" a spokesman added."),
                texts(OPENING_QUOTE));
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertEquals(List.of("Who fired first?", "Both sides blame each other!", "Talks resumed on Monday."),
                texts(QUESTION));
    }

    @Test
    void aDotBeforeALowerCaseWordOrInsideANumberDoesNotSplit() {
        assertEquals(List.of("The raid began at 5 a.m. local time.", "Traffic resumed later."), texts(LOWER_AFTER_DOT));
        assertEquals(List.of("The front moved 2.5 km east.", "Losses were light."), texts(DECIMAL));
    }

    @Test
    void paragraphsAreNumberedAndSentencesIndexedAcrossThem() {
        List<Sentence> s = splitter.split(TWO_PARAGRAPHS);
        assertEquals(3, s.size());
        assertEquals(List.of(0, 0, 1), s.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::index).toList());
        assertEquals("On Sunday, the rebels struck back.", s.get(2).text());
    }

    @Test
    void offsetsPointIntoTheBody() {
        for (Sentence s : splitter.split(TWO_PARAGRAPHS)) {
            assertEquals(s.text(), TWO_PARAGRAPHS.substring(s.start(), s.end()));
        }
    }

    @Test
    void aSingleLineBreakDoesNotStartAParagraph() {
        List<Sentence> s = splitter.split(WRAPPED_LINE);
        assertEquals(2, s.size());
        assertEquals("The rebels advanced\nalong the road.", s.get(0).text());
        assertEquals(0, s.get(1).paragraph());
    }

    @Test
    void extraBlankLinesAndTrailingSpaceMakeNoEmptySentence() {
        List<Sentence> s = splitter.split("First one.\n\n\n\nSecond one.   \n");
        assertEquals(List.of("First one.", "Second one."), s.stream().map(Sentence::text).toList());
        assertEquals(1, s.get(1).paragraph());
    }

    @Test
    void anEmptyBodyHasNoSentence() {
        assertEquals(List.of(), splitter.split(""));
    }

    @Test
    void theAbbreviationListIsTheSplittersOwn() {
        SentenceSplitter none = new SentenceSplitter(java.util.Set.of());
        assertEquals(2, none.split("Gen. Haddad arrived.").size(), "without the list, 'Gen.' ends a sentence");
    }

    @Test
    void anAgencysDateLineEndsAHeadlineRunIntoItsLead() {
        assertEquals(List.of("Mortars kill 9 in Homs Wire Desk Sunday 4 May 2014",
                        "Nine residents died on Sunday when mortars hit the market."),
                texts("Mortars kill 9 in Homs Wire Desk Sunday 4 May 2014 Nine residents died on Sunday when mortars hit the market."));
        assertEquals(List.of("Published April 2 2017", "Jets struck an outpost near the border."),
                texts("Published April 2 2017 Jets struck an outpost near the border."));
        assertEquals(List.of("Wednesday 27 Jul 2016", "State TV says 22 were killed in a car bomb."),
                texts("Wednesday 27 Jul 2016 State TV says 22 were killed in a car bomb."));
    }

    @Test
    void aDateInsideAClauseEndsNothing() {
        for (String one : List.of("On 27 April 2014 Syrian troops entered the town.",
                "Troops entered the town on Sunday 27 April 2014 Reuters reported.",
                "Clashes that began in March 3, 2015 Kurdish officials said ended.",
                "The rebels, 12 May 2016 Kurdish sources said, withdrew.")) {
            assertEquals(List.of(one), texts(one));
        }
    }
}
