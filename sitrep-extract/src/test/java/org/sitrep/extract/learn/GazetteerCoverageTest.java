package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Gazetteers;

class GazetteerCoverageTest {
    @TempDir
    Path dir;

    private static AcledRecord placed(String location, Double lat, Double lon, Integer precision) {
        return new AcledRecord("1", "2020-01-01", "a note", AcledLabel.of("Battles", null), null, null, "Yemen",
                location, lat, lon, precision, 0);
    }

    private Gazetteer gazetteer() throws IOException {
        // two invented villages in the GeoNames table's 19 columns
        Path file = dir.resolve("XX.txt");
        Files.writeString(file, String.join("\n",
                "8000001\tQaryat Alfa\tQaryat Alfa\tAlfa Village\t15.0000\t44.0000\tP\tPPL\tYE\t\t01\t\t\t\t700\t\t\t\t2020-01-01",
                "8000002\tWadi Beta\tWadi Beta\t\t15.5000\t44.5000\tP\tPPL\tYE\t\t02\t\t\t\t600\t\t\t\t2020-01-01") + "\n");
        return Gazetteers.withoutBuiltin(null, List.of(file));
    }

    @Test
    void countsOnlyExactlyPlacedNotesAndThoseWhoseNameItHoldsNearTheCodedPoint() throws IOException {
        GazetteerCoverage c = new GazetteerCoverage(gazetteer());
        c.add(List.of(placed("Qaryat Alfa", 15.02, 44.01, 1)));          // held, 2.5 km away
        c.add(List.of(placed("Alfa Village", 15.00, 44.00, 1)));         // held by an alternate name
        c.add(List.of(placed("Wadi Beta", 16.50, 44.50, 1)));            // held, but 110 km away
        c.add(List.of(placed("Jabal Gamma", 15.50, 44.50, 1)));          // not held
        c.add(List.of(placed("Qaryat Alfa", 15.00, 44.00, 2)));          // not exactly placed: not counted
        c.add(List.of(placed("Sanaa - Wadi Beta", 15.51, 44.50, 1)));    // the quarter of "City - Quarter"
        assertEquals(5, c.notes());
        assertEquals(3, c.covered());
        assertTrue(c.summary().contains("3 of 5"), c.summary());
    }

    @Test
    void aCodedPlaceGoesByItsNameAndBothSidesOfCityDashQuarter() {
        assertEquals(List.of("Damascus - Old City", "Damascus", "Old City"), GazetteerCoverage.names("Damascus - Old City"));
        assertEquals(List.of("Al-Karak"), GazetteerCoverage.names("Al-Karak"));
        assertEquals(List.of(), GazetteerCoverage.names(null));
    }
}
