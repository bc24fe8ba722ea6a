package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.Location;

class PlaceChooserTest {
    private final PlaceChooser chooser = new PlaceChooser(English.eventWords());
    private final SentencePlaces places = new SentencePlaces(new PlaceResolver(new FakeGeocoder()), English.eventWords());

    /** The names of the places chosen for the trigger with {@code words} in the text's last sentence. */
    private List<String> chosen(String text, String words, TriggerCategory kind, boolean ownActors) {
        return placement(text, words, kind, ownActors).where().stream().map(Location::name).toList();
    }

    private PlaceChooser.Placement placement(String text, String words, TriggerCategory kind) {
        return placement(text, words, kind, true);
    }

    private PlaceChooser.Placement placement(String text, String words, TriggerCategory kind, boolean ownActors) {
        Document doc = EventFixtures.analysed(text);
        ParagraphContext ctx = new ParagraphContext("SY");
        Map<PlaceMention, Location> located = Map.of();
        for (int i = 0; i < doc.sentences.size(); i++) {
            ctx.enter(doc.sentences.get(i).sentence.paragraph());
            located = places.locate(doc.sentences.get(i), ctx);
            if (i < doc.sentences.size() - 1) {
                places.remember(located, ctx);
            }
        }
        int last = doc.sentences.size() - 1;
        EventFixtures.SentenceParts p = EventFixtures.parts(doc, last, words);
        return chooser.choose(p.s(), p.trigger(), kind, p.clauseStart(), p.clauseEnd(), located, ctx, ownActors);
    }

    @Test
    void aCaptureTakesEveryPlaceListedAfterIt() {
        assertEquals(List.of("Tal Sukkar", "Kafr Ruwayha"),
                chosen("The army seized Tal Sukkar and Kafr Ruwayha in northern Hama.", "seized", TriggerCategory.TAKE, true));
        assertEquals(List.of("Kafr Ruwayha"), chosen("After shelling Tal Sukkar, the army seized Kafr Ruwayha.",
                "seized", TriggerCategory.TAKE, true));
    }

    @Test
    void itAndThereAreThePlaceTheParagraphNamedLast() {
        assertEquals(List.of("Ayn Dalfa"), chosen("Rebels attacked Ayn Dalfa on Monday. It was captured by HTS later.",
                "captured", TriggerCategory.TAKE_PASSIVE, true));
        assertEquals(List.of("Ayn Dalfa"), chosen("Rebels attacked Ayn Dalfa on Monday. The army shelled the village.",
                "shelled", TriggerCategory.SHELL, true));
    }

    @Test
    void anActWithActorsButNoPlaceOfItsOwnIsPlacedInTheParagraphsRegion() {
        List<String> where = chosen("In northern Hama, the SAA clashed with HTS.", "clashed", TriggerCategory.CLASH, true);
        assertEquals(1, where.size());
        assertTrue(where.get(0).contains("Hama"), where.toString());
    }

    @Test
    void aProtestIsWhereItHappenedNotEveryPlaceItIsAbout() {
        assertEquals(List.of("Qalat Nur", "Bayt Warda"), chosen("Hundreds protested in Qalat Nur and Bayt Warda, "
                + "denouncing the siege of Tal Sukkar.", "protested", TriggerCategory.PROTEST, true));
    }

    @Test
    void theChoiceSaysWhetherTheSentenceNamedThePlaceItself() {
        assertTrue(placement("The army shelled Kafr Ruwayha.", "shelled", TriggerCategory.SHELL).ownPlace());
        assertFalse(placement("Rebels attacked Ayn Dalfa. The army shelled the village.", "shelled",
                TriggerCategory.SHELL).ownPlace());
    }

    @Test
    void theFirstOfTheXTownOfYOnlySaysWhereYIs() {
        assertEquals(List.of("Ayn Dalfa"), chosen("Shells hit the Kafr Ruwayha village of Ayn Dalfa.", "shells",
                TriggerCategory.SHELL, true));
        assertEquals(List.of("Ayn Dalfa"), chosen("Shells hit the Kafr Ruwayha town of Ayn Dalfa.", "shells",
                TriggerCategory.SHELL, true));
        // without the article, "X town of Y" is the town X in Y: both stay
        assertEquals(List.of("Ayn Dalfa", "Kafr Ruwayha"), chosen("Shells hit Ayn Dalfa town of Kafr Ruwayha.", "shells",
                TriggerCategory.SHELL, true));
    }

    @Test
    void aFightWithACrowdIsToldInEachPlaceItNames() {
        assertEquals(List.of("Tal Sukkar", "Ayn Dalfa"), chosen(
                "Clashes broke out between residents and soldiers in Tal Sukkar and in Ayn Dalfa.", "clashes",
                TriggerCategory.RIOT, true));
    }

    @Test
    void aCountryActingIsAPartyNotASecondScene() {
        List<org.sitrep.model.Event> events = EventFixtures.extracted("On Monday, the SAA repelled an attack on Tal Sukkar, "
                + "adding that Jordan lost 40 fighters in it.");
        assertEquals(List.of("Tal Sukkar"), events.stream().map(e -> e.location().name()).toList(), events.toString());
    }
}
