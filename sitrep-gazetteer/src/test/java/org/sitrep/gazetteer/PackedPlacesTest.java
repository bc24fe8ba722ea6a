package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in places in columns give back the rows the place records gave. */
class PackedPlacesTest {

    private static final PlaceRow ALEPPO = new PlaceRow(170063, "Aleppo", List.of("Halab", "حلب"), 36.20124, 37.16117,
            "P", "PPLA", "SY", "09", "", 1_602_264, List.of());
    private static final PlaceRow UNCODED = new PlaceRow(42, "Nameless hill", List.of(), -1.5, 2.25, null, null, null,
            null, null, 0, List.of());

    @Test
    void rowsComeBackAsTheyWereWithCodesEmptyForNone() throws IOException {
        PackedPlaces packed = roundTrip(ALEPPO, UNCODED);
        assertEquals(2, packed.size());
        assertEquals(ALEPPO, packed.row(0));
        assertEquals(List.of("Halab", "حلب"), packed.row(0).alternateNames());
        assertEquals(new PlaceRow(42, "Nameless hill", List.of(), -1.5, 2.25, "", "", "", "", "", 0, List.of()),
                packed.row(1));
        assertEquals("PPLA", packed.featureCode(0));
        assertEquals("SY", packed.countryCode(0));
        assertEquals("09", packed.admin1Code(0));
        assertEquals(1_602_264, packed.population(0));
        assertEquals(-1.5, packed.latitude(1));
    }

    @Test
    void aRowReplacingAPackedOneIsAnsweredInstead() throws IOException {
        PlaceRows rows = new PlaceRows();
        rows.adopt(roundTrip(ALEPPO, UNCODED));
        PlaceRow imported = new PlaceRow(42, "Tell Hill", List.of(), 3, 4, "T", "HLL", "SY", "02", "", 0, List.of());
        rows.set(1, imported);
        assertEquals(2, rows.add(UNCODED));
        assertEquals(3, rows.size());
        assertEquals("HLL", rows.featureCode(1));
        assertEquals(imported, rows.row(1));
        assertEquals("PPLA", rows.featureCode(0));
        assertEquals(ALEPPO, rows.row(0));
    }

    @Test
    void anImportedRowWithABuiltInIdReplacesThatPlace() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (PlaceFile.Writer writer = new PlaceFile.Writer(file, true)) {
            writer.place(ALEPPO);
            writer.place(UNCODED);
        }
        PlaceIndex.Builder builder = new PlaceIndex.Builder(Regions.standard(), AdminAreas.NONE);
        builder.readBuiltin(new ByteArrayInputStream(file.toByteArray()));
        builder.accept(new PlaceRow(170063, "Halab", List.of(), 36.2, 37.16, "P", "PPLA", "SY", "09", "", 1,
                List.of("halab")));
        builder.accept(new PlaceRow(7, "Elsewhere", List.of(), 1, 2, "P", "PPL", "SY", "09", "", 1, List.of("elsewhere")));
        PlaceIndex index = builder.build();
        assertEquals(3, index.size());
        assertEquals("Halab", index.row(0).name());
        assertEquals(0, index.exact("halab")[0]);
        assertEquals(2, index.exact("elsewhere")[0]);
        assertEquals(false, index.builtin(0));
        assertEquals(true, index.builtin(1));
    }

    private static PackedPlaces roundTrip(PlaceRow... rows) throws IOException {
        PackedPlaces.Columns columns = new PackedPlaces.Columns();
        for (PlaceRow r : rows) {
            columns.add(r);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            columns.write(out);
        }
        return PackedPlaces.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
