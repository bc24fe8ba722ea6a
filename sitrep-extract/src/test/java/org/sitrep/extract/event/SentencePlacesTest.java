package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.Location;

class SentencePlacesTest {
    private final SentencePlaces places = new SentencePlaces(new PlaceResolver(new FakeGeocoder()));

    @Test
    void theParagraphsRegionPicksAmongNamesakes() {
        Document doc = EventFixtures.analysed("Fighting raged in northern Idlib. The army shelled Tal Sukkar.");
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        places.locate(doc.sentences.get(0), ctx);
        Map<PlaceMention, Location> located = places.locate(doc.sentences.get(1), ctx);
        assertEquals("Idlib", located.values().iterator().next().admin1());
    }

    @Test
    void theSentencesPlacesBecomeTheLastNamedInTextOrder() {
        Document doc = EventFixtures.analysed("The army shelled Kafr Ruwayha and Ayn Dalfa.");
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        places.remember(places.locate(doc.sentences.get(0), ctx), ctx);
        assertEquals("Ayn Dalfa", ctx.lastPlace().name());
    }

    @Test
    void aCountryUnknownSoFarIsTakenFromThePlacesFound() {
        Document doc = EventFixtures.analysed("Police arrested two men in Basra.");
        ParagraphContext ctx = new ParagraphContext(null);
        ctx.enter(0);
        places.locate(doc.sentences.get(0), ctx);
        assertEquals("IQ", ctx.countryCode());
    }
}
