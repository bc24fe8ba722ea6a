package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

class SitrepJsonTest {
    private static final Event CLASH = new Event("r1", LocalDate.of(2019, 3, 2), "day", null, "Battles",
            "Armed clash", new Actor("Northern Militia", "opposition", 2, null),
            new Actor("State Army", "government", 1, null), List.of(), List.of(),
            new Location("Kafr Test", "Kfar Test", List.of("Kafr Test"), "North", null, "Syria", 35.1, 36.2, 1,
                    "gazetteer", 7L),
            "Syria", 3, null, List.of(), Attribution.asserted("Test Outlet"), 0.8,
            new Evidence("Militants attacked.", 10, 29));

    @Test
    void writesTheScorersFieldNamesInSnakeCase() {
        String line = SitrepJson.eventLine(CLASH);
        assertTrue(line.contains("\"sub_event_type\":\"Armed clash\""), line);
        assertTrue(line.contains("\"date\":\"2019-03-02\""), line);
        assertTrue(line.contains("\"geo_precision\":1"), line);
        assertTrue(line.contains("\"alternate_names\":[\"Kafr Test\"]"), line);
        assertTrue(line.contains("\"month_day\":null"), line);
    }

    @Test
    void readsBackWhatItWrites() {
        assertEquals(CLASH, SitrepJson.readEvent(SitrepJson.eventLine(CLASH)));
    }
}
