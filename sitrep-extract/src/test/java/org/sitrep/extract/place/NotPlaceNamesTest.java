package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

/** Platforms, groups and peoples are never places, though they stand where places stand. */
class NotPlaceNamesTest {
    static final String PLATFORM = "The army said on Telegram that it shelled Bayt Warda.";
    static final String DEMONYM = "Shells fell in the Ukrainian trenches near Bayt Warda.";
    static final String GROUP_WITH_ARTICLE = "Jets struck at the Houthis around Bayt Warda.";
    static final String ABBREVIATION = "Drones hit positions near SAF lines and in Bayt Warda.";
    static final String DICTIONARY_ACTOR = "Rebels fired at Tatmadaw posts in Bayt Warda.";
    static final String AGENCY = "Mortars hit Bayt Warda, according to SANA and to Xinhua.";
    static final String UNKNOWN_TOWN = "Rebels fired at Kyaukme posts in Bayt Warda.";

    private final PlaceFinder finder = new PlaceFinder(new FakeGeocoder(),
            English.LANGUAGE.lexicon(LanguageFile.PLACES), Set.of("Tatmadaw", "Myanmar Armed Forces"));

    private List<String> places(String s) {
        List<Token> t = Tokenizer.tokenize(s);
        return finder.find(s, t, List.of(), null, null).stream().map(PlaceMention::text).toList();
    }

    @Test
    void aPlatformIsNoPlace() {
        assertEquals(List.of("Bayt Warda"), places(PLATFORM));
    }

    @Test
    void aPeopleIsNoPlace() {
        assertEquals(List.of("Bayt Warda"), places(DEMONYM));
    }

    @Test
    void aGroupIsNoPlaceWithOrWithoutItsArticle() {
        assertEquals(List.of("Bayt Warda"), places(GROUP_WITH_ARTICLE));
        assertEquals(List.of("Bayt Warda"), places(ABBREVIATION));
    }

    @Test
    void anActorOfTheDictionariesIsNoPlaceEvenWhereTheMatcherMissedIt() {
        assertEquals(List.of("Bayt Warda"), places(DICTIONARY_ACTOR));
        assertEquals(List.of("Kyaukme", "Bayt Warda"), places(UNKNOWN_TOWN), "another name there is a place");
    }

    @Test
    void aNameBeforeAGroupNounIsTheGroupsNotAPlace() {
        PlaceFinder withGroups = new PlaceFinder(new FakeGeocoder(), English.LANGUAGE.lexicon(LanguageFile.PLACES),
                Set.of(), English.LANGUAGE.lexicon(LanguageFile.EVENTS).set("group-noun"));
        java.util.function.Function<String, List<String>> found = s -> withGroups.find(s, Tokenizer.tokenize(s),
                List.of(), null, null).stream().map(PlaceMention::text).toList();
        assertEquals(List.of("Bayt Warda"), found.apply("Tal Sukkar militiamen attacked Bayt Warda."));
        assertEquals(List.of("Bayt Warda"), found.apply("Clashes between Tal Sukkar fighters and the army in Bayt Warda."));
        assertEquals(List.of("Tal Sukkar", "Bayt Warda"), found.apply("Fighters from Tal Sukkar attacked Bayt Warda."),
                "the group's town named as such is a place");
    }

    @Test
    void aNewsAgencyIsNoPlace() {
        assertEquals(List.of("Bayt Warda"), places(AGENCY));
    }

    @Test
    void anActorsAcronymIsNoPlaceOnlyAsWritten() {
        PlaceFinder withAcronym = new PlaceFinder(new FakeGeocoder(), English.LANGUAGE.lexicon(LanguageFile.PLACES),
                Set.of("BASRA"));
        String sentence = "Gunmen shot two men in Basra and fired at BASRA posts near Bayt Warda.";
        List<Token> t = Tokenizer.tokenize(sentence);
        assertEquals(List.of("Basra", "Bayt Warda"), withAcronym.find(sentence, t, List.of(), null, null).stream()
                .map(PlaceMention::text).toList(), "the town as written is a place; the group's acronym is not");
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernmentNotAScene() {
        assertEquals(List.of("Bayt Warda"), places("Rebels said they took Bayt Warda, a claim Basra denied."));
        assertEquals(List.of("Bayt Warda"), places("Basra accused the rebels of shelling Bayt Warda."));
        assertEquals(List.of("Basra", "Bayt Warda"), places("Residents of Basra said the rebels shelled Bayt Warda."),
                "a place of the speakers still places the account");
    }
}
