package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeonamesImportTest {

    @TempDir
    Path dir;

    /** Issue 18: the map and summaries showed "Yabrūd" where reports and ACLED write "Yabrud". */
    @Test
    void aPlaceIsShownByItsCommonAsciiNameTheTransliterationKeptAsAnAlternate() {
        GeonamesLine.Result r = new GeonamesLine(NameKey.standard()).parse("162627\tYabr\u016Bd\tYabrud\tYabroud,"
                + "\u064A\u0628\u0631\u0648\u062F\t33.967\t36.657\tP\tPPLA2\tSY\t\tSY10\t\t\t\t25000\t\t\tAsia/Damascus\t2024-01-01");
        assertTrue(r.ok(), r.problem());
        assertEquals("Yabrud", r.row().name());
        assertEquals(List.of("Yabr\u016Bd", "Yabroud", "\u064A\u0628\u0631\u0648\u062F"), r.row().alternateNames());

        GeonamesLine.Result plain = new GeonamesLine(NameKey.standard()).parse("100\tHarasta\tHarasta\tHarast\u0101"
                + "\t33.558\t36.365\tP\tPPL\tSY\t\tSY03\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01");
        assertEquals("Harasta", plain.row().name());
        assertEquals(List.of("Harast\u0101"), plain.row().alternateNames());
    }

    @Test
    void theBuiltInGazetteerNamesPlacesInAscii() {
        Place yabrud = Gazetteers.builtin().geocoder().best("Yabrud", GeoContext.NONE).orElseThrow();
        assertEquals("Yabrud", yabrud.name());
        assertTrue(yabrud.alternateNames().contains("Yabr\u016Bd"), yabrud.alternateNames().toString());
    }

    @Test
    void importStoresPlacesThatLoadWithTheirGovernorate() throws IOException {
        Path data = dir.resolve("data");
        GeonamesImport.Report report = GeonamesImport.importFile(Fixtures.copy("fixture-places.txt", dir), data);
        assertEquals(17, report.places());
        assertEquals(0, report.skippedLines());
        assertTrue(Files.isRegularFile(Gazetteers.directory(data).resolve("fixture-places.places")));

        Gazetteer g = Gazetteers.withoutBuiltin(data, List.of());
        assertEquals(17, g.size());
        Place harasta = g.geocoder().best("Harasta", GeoContext.NONE).orElseThrow();
        assertEquals("Rif Dimashq", harasta.admin1(), "OCHA pcode SY03");
        Place albu = g.geocoder().best("Abu Kamal", GeoContext.NONE).orElseThrow();
        assertEquals("Deir ez-Zor", albu.admin1(), "GeoNames admin1 code 07");
    }

    @Test
    void brokenLinesAreSkippedAndCountedNotFatal() throws IOException {
        GeonamesImport.Report report = GeonamesImport.importFile(Fixtures.copy("fixture-broken.txt", dir), dir.resolve("data"));
        assertEquals(3, report.places());
        assertEquals(Map.of("bad coordinates", 3, "too few columns", 1, "bad id", 1), report.skipped());
        assertTrue(report.summary().startsWith("imported 3 places from "), report.summary());
        assertTrue(report.summary().endsWith("(5 lines skipped: 3 bad coordinates, 1 bad id, 1 too few columns)"),
                report.summary());
        assertEquals("line 4: bad coordinates", report.examples().get(0));
    }

    @Test
    void aFileWithNoPlaceIsRefusedAndLeavesNothing() throws IOException {
        Path junk = dir.resolve("notes.txt");
        Files.writeString(junk, "just some text\nwith lines\n");
        Path data = dir.resolve("data");
        IOException e = assertThrows(IOException.class, () -> GeonamesImport.importFile(junk, data));
        assertTrue(e.getMessage().contains("no place in GeoNames format"), e.getMessage());
        try (var files = Files.list(Gazetteers.directory(data))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void reimportingAFileOfTheSameNameReplacesIt() throws IOException {
        Path data = dir.resolve("data");
        Path file = Fixtures.copy("fixture-places.txt", dir);
        GeonamesImport.importFile(file, data);
        Files.writeString(file, Files.readAllLines(file).get(0) + "\n");
        GeonamesImport.importFile(file, data);
        assertEquals(1, Gazetteers.withoutBuiltin(data, List.of()).size());
    }

    @Test
    void aZippedCountryFileImportsLikeTheTextFile() throws IOException {
        Path zip = dir.resolve("SY.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("GeoNames readme\n".getBytes());
            z.putNextEntry(new ZipEntry("SY.txt"));
            z.write(Files.readAllBytes(Fixtures.copy("fixture-places.txt", dir)));
        }
        GeonamesImport.Report report = GeonamesImport.importFile(zip, dir.resolve("data"));
        assertEquals(17, report.places());
    }

    @Test
    void adminCodeTablesNameTheAreasOfOtherCountries() throws IOException {
        Path data = dir.resolve("data");
        Path codes = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(codes, "ZZ.05\tNorthland\tNorthland\t123\n");
        Path places = dir.resolve("ZZ.txt");
        Files.writeString(places, "300001\tNorthtown\tNorthtown\t\t40.1\t20.1\tP\tPPL\tZZ\t\t05\t\t\t\t5000\t\t\t\t2024-01-01\n");
        GeonamesImport.importFile(codes, data);
        GeonamesImport.importFile(places, data);
        Place p = Gazetteers.withoutBuiltin(data, List.of()).geocoder().best("Northtown", GeoContext.NONE).orElseThrow();
        assertEquals("Northland", p.admin1());
    }

    @Test
    void extraFilesCountForOneRunOnly() throws IOException {
        Path data = dir.resolve("data");
        Gazetteer g = Gazetteers.withoutBuiltin(data, List.of(Fixtures.copy("fixture-places.txt", dir)));
        assertEquals(17, g.size());
        assertFalse(Files.exists(Gazetteers.directory(data)));
    }

    @Test
    void theUsersOwnPlacesOfOneCountryNameTheWarTheyFollow() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(Optional.empty(), Gazetteers.builtin().homeCountry(), "the built-in gazetteer assumes no war");
        Path places = dir.resolve("ZZ.txt");
        Files.writeString(places, "300001\tNorthtown\tNorthtown\t\t40.1\t20.1\tP\tPPL\tZZ\t\t05\t\t\t\t5000\t\t\t\t2024-01-01\n"
                + "300002\tSouthtown\tSouthtown\t\t40.0\t20.2\tP\tPPL\tZZ\t\t05\t\t\t\t800\t\t\t\t2024-01-01\n");
        GeonamesImport.importFile(places, data);
        assertEquals(Optional.of("ZZ"), Gazetteers.load(data, List.of()).homeCountry());
        assertEquals(Optional.of("ZZ"), Gazetteers.load(data, List.of()).geocoder().homeCountry());
    }

    @Test
    void placesOfSeveralCountriesNameNoSingleWar() throws IOException {
        Path places = dir.resolve("two.txt");
        Files.writeString(places, "300001\tNorthtown\tNorthtown\t\t40.1\t20.1\tP\tPPL\tZZ\t\t05\t\t\t\t5000\t\t\t\t2024-01-01\n"
                + "300002\tSouthtown\tSouthtown\t\t10.0\t30.2\tP\tPPL\tYY\t\t01\t\t\t\t800\t\t\t\t2024-01-01\n");
        assertEquals(Optional.empty(), Gazetteers.load(null, List.of(places)).homeCountry());
    }
}
