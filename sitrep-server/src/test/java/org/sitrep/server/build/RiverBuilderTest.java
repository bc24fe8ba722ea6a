package org.sitrep.server.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rivers layer from hand-made water polygons, written as the npm package writes them (one
 * GeometryCollection of a MultiPolygon): a river's small long pieces become lines along their
 * length, a lake stays an area without its island, a pond too small to see is dropped, and each
 * piece lands in the cell of its south-west corner.
 */
class RiverBuilderTest {
    /** A stretch of river 3 km long and 200 m wide, running east-north-east. */
    private static final String STRETCH = "[[38.1,35.9],[38.13,35.91],[38.131,35.912],[38.101,35.902],[38.1,35.9]]";
    /** A lake about 11 km across with an island, west of the cell line at 40°E. */
    private static final String LAKE = "[[[39.9,35.9],[39.95,35.86],[39.99,35.9],[39.9702,35.93],[39.95,35.96],"
            + "[39.9,35.9]],[[39.94,35.9],[39.945,35.9],[39.945,35.905],[39.94,35.9]]]";
    /** A pond 300 m across. */
    private static final String POND = "[[[40.5,36.1],[40.503,36.1],[40.503,36.103],[40.5,36.1]]]";
    private static final String SOURCE = "{\"type\":\"GeometryCollection\", \"geometries\": [\n"
            + "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + STRETCH + "]," + LAKE + "," + POND + "]},\n"
            + "{\"type\":\"LineString\",\"coordinates\":[[41.2,-0.5],[41.25,-0.45,12.0],[41.3,-0.4]]}]}";

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void smallLongPiecesBecomeLinesLakesStayAreasAndPondsGo() throws IOException {
        Map<String, List<WaterPiece>> cells = RiverBuilder.cells(mapper.getFactory().createParser(SOURCE));
        assertEquals(List.of("30_30", "40_-10"), List.copyOf(cells.keySet()), "the pond is dropped");

        List<WaterPiece> syria = cells.get("30_30");
        assertEquals(2, syria.size());
        WaterPiece stretch = syria.get(0);
        assertFalse(stretch.area());
        assertEquals(2, stretch.points().size(), "the stretch is drawn as the line along it");
        assertArrayEquals(new double[] {38.1, 35.9}, stretch.points().get(0));
        assertArrayEquals(new double[] {38.131, 35.912}, stretch.points().get(1));

        WaterPiece lake = syria.get(1);
        assertTrue(lake.area());
        assertEquals(5, lake.points().size(), "the point 20 m off the shore's line is simplified away; no island");
        assertArrayEquals(lake.points().get(0), lake.points().get(lake.points().size() - 1), "the ring is closed");

        WaterPiece line = cells.get("40_-10").get(0);
        assertFalse(line.area());
        assertEquals(2, line.points().size(), "a straight line keeps its ends; the elevation is ignored");
    }

    @Test
    void theCellsAndTheirIndexAreWrittenForThePage(@TempDir Path dir) throws IOException {
        Map<String, List<WaterPiece>> cells = RiverBuilder.cells(mapper.getFactory().createParser(SOURCE));
        RiverBuilder.write(mapper, cells, dir);

        JsonNode index = mapper.readTree(dir.resolve("cells.json").toFile());
        assertEquals(10, index.get("cell").asInt());
        assertEquals(1, index.get("reach").asInt(), "no piece reaches a degree past its cell");
        assertEquals("[\"30_30\",\"40_-10\"]", index.get("cells").toString());

        JsonNode syria = mapper.readTree(dir.resolve("30_30.geojson").toFile()).get("features");
        assertEquals("river", syria.get(0).at("/properties/kind").asText());
        assertEquals("MultiLineString", syria.get(0).at("/geometry/type").asText());
        assertEquals("water", syria.get(1).at("/properties/kind").asText());
        assertEquals("MultiPolygon", syria.get(1).at("/geometry/type").asText());
        assertEquals(39.9, syria.get(1).at("/geometry/coordinates/0/0/0/0").asDouble());
        assertEquals(1, mapper.readTree(dir.resolve("40_-10.geojson").toFile()).get("features").size(),
                "a cell with lines only has no area feature");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void coordinatesBeforeTheirTypeAreRefusedInOneLine() {
        String unordered = "{\"type\":\"Feature\",\"geometry\":{\"coordinates\":[[0,0],[1,1]],\"type\":\"LineString\"}}";
        IOException e = assertThrows(IOException.class,
                () -> RiverBuilder.cells(mapper.getFactory().createParser(unordered)));
        assertTrue(e.getMessage().startsWith("a geometry's 'coordinates' come before its 'type'"), e.getMessage());
    }
}
