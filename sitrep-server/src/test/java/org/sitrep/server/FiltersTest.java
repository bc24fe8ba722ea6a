package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.store.PageRequest;
import org.sitrep.store.event.EventQuery;

class FiltersTest {
    private static Map<String, List<String>> params(String... kv) {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1]));
        }
        return m;
    }

    private static String refusal(Map<String, List<String>> p) {
        return assertThrows(BadParameterException.class, () -> Filters.eventQuery(p)).getMessage();
    }

    @Test
    void typesAreCanonicalisedToAcledLabels() {
        EventQuery q = Filters.eventQuery(params("type", "explosions/remote violence", "sub_type", "AIR/DRONE STRIKE"));
        assertEquals("Explosions/Remote violence", q.eventType());
        assertEquals("Air/drone strike", q.subEventType());
    }

    @Test
    void blankValuesDoNotFilter() {
        EventQuery q = Filters.eventQuery(params("actor", "  ", "from", ""));
        assertNull(q.actor());
        assertNull(q.from());
    }

    @Test
    void namesKeepTheirPunctuationAndScripts() {
        assertEquals("Hay'at Tahrir al-Sham", Filters.eventQuery(params("actor", "Hay'at Tahrir al-Sham")).actor());
        assertEquals("دير الزور", Filters.eventQuery(params("place", "دير الزور")).place());
        assertEquals("Abu Kamal (al-Bukamal)", Filters.eventQuery(params("place", "Abu Kamal (al-Bukamal)")).place());
    }

    @Test
    void injectionInANameIsRefusedNamingTheCharacter() {
        String m = refusal(params("actor", "x'; DROP TABLE event; --"));
        assertTrue(m.contains("'actor'") && m.contains("';'"), m);
    }

    @Test
    void datesAndRangesAreChecked() {
        assertTrue(refusal(params("from", "2024/03/01")).contains("YYYY-MM-DD"));
        assertTrue(refusal(params("from", "2024-03-02", "to", "2024-03-01")).contains("before"));
        EventQuery q = Filters.eventQuery(params("from", "2024-03-01", "to", "2024-03-01"));
        assertEquals(LocalDate.of(2024, 3, 1), q.to());
    }

    @Test
    void aBoundingBoxIsFourFiniteNumbersInRange() {
        assertEquals(35.5, Filters.eventQuery(params("bbox", "35.5, 32.3, 38.9, 37.3")).bbox().west());
        assertTrue(refusal(params("bbox", "NaN,1,2,3")).contains("finite"));
        assertTrue(refusal(params("bbox", "0,-91,1,1")).contains("outside"));
    }

    @Test
    void pagesAreBounded() {
        assertEquals(new PageRequest(100, 50), Filters.page(params("page", "3")));
        assertEquals(new PageRequest(0, 500), Filters.page(params("size", "500")));
        assertThrows(BadParameterException.class, () -> Filters.page(params("page", "100000", "size", "500")));
        assertThrows(BadParameterException.class, () -> Filters.page(params("size", "99999999999")));
    }

    @Test
    void unknownAndRepeatedParametersAreRefused() {
        Map<String, List<String>> repeated = Map.of("type", List.of("Battles", "Riots"));
        assertThrows(BadParameterException.class, () -> Filters.requireKnown(repeated, Filters.EVENT_FILTERS));
        String m = assertThrows(BadParameterException.class,
                () -> Filters.requireKnown(params("form", "2024-01-01"), Filters.EVENT_FILTERS)).getMessage();
        assertTrue(m.contains("'form'") && m.contains("from"), m);
    }

    @Test
    void longValuesAreRefused() {
        assertTrue(refusal(params("text", "a".repeat(201))).contains("longer than"));
    }
}
