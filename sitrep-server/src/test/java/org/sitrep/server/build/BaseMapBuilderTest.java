package org.sitrep.server.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TopoJSON decoding and the GeoJSON the map draws, on a hand-made topology: two squares sharing
 * an edge (the shared arc is walked backwards by the second), quantized with a transform.
 */
class BaseMapBuilderTest {
    /*
     * Quantized grid, scale 0.5 and translate (30, 30): x=0..4 -> lon 30..32, y=0..2 -> lat 30..31.
     * arc 0: (2,0) -> (2,2)                      the shared edge, south to north
     * arc 1: (2,2) -> (0,2) -> (0,0) -> (2,0)    the west square's other sides
     * arc 2: (2,0) -> (4,0) -> (4,2) -> (2,2)    the east square's other sides
     */
    static final String TOPOLOGY = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.5], "translate": [30, 30]},
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "1", "arcs": [[0, 1]], "properties": {"name": "West"}},
               {"type": "MultiPolygon", "id": "2", "arcs": [[[2, -1]]], "properties": {"name": "East"}},
               {"type": null, "id": "3", "properties": {"name": "Nowhere"}}]}},
             "arcs": [[[2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2], [2, 0]], [[2, 0], [2, 0], [0, 2], [-2, 0]]]}
            """;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void arcsAreJoinedReversedAndScaled() throws Exception {
        JsonNode topology = mapper.readTree(TOPOLOGY);
        List<TopoJson.Shape> shapes = new TopoJson(topology).shapes(topology, "countries");
        assertEquals(2, shapes.size(), "a null geometry is skipped");
        assertEquals("West", shapes.get(0).name());
        assertEquals("1", shapes.get(0).id());
        assertRing(new double[][] {{31, 30}, {31, 31}, {30, 31}, {30, 30}, {31, 30}},
                shapes.get(0).polygons().get(0).get(0));
        assertRing(new double[][] {{31, 30}, {32, 30}, {32, 31}, {31, 31}, {31, 30}},
                shapes.get(1).polygons().get(0).get(0));
        assertThrows(IllegalArgumentException.class, () -> new TopoJson(topology).shapes(topology, "land"));
    }

    @Test
    void roundingDropsRepeatedPointsAndCollapsedRings() {
        List<double[]> ring = List.of(new double[] {30.00001, 30}, new double[] {30.00002, 30}, new double[] {31, 30},
                new double[] {31, 31}, new double[] {30, 30});
        List<double[]> sliver = List.of(new double[] {30.1, 30.1}, new double[] {30.10001, 30.1},
                new double[] {30.1, 30.10001}, new double[] {30.1, 30.1});
        List<List<List<double[]>>> out = BaseMapBuilder.rounded(List.of(List.of(ring, sliver), List.of(sliver, ring)));
        assertEquals(1, out.size(), "a polygon whose outer ring collapsed is gone, holes and all");
        assertEquals(1, out.get(0).size(), "the collapsed hole is gone");
        assertRing(new double[][] {{30, 30}, {31, 30}, {31, 31}, {30, 30}}, out.get(0).get(0));
    }

    @Test
    void theOutputIsAFeatureCollectionOfMultiPolygons() throws Exception {
        JsonNode topology = mapper.readTree(TOPOLOGY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BaseMapBuilder.write(mapper, new TopoJson(topology).shapes(topology, "countries"), out);
        JsonNode geojson = mapper.readTree(out.toByteArray());
        assertEquals("FeatureCollection", geojson.get("type").asText());
        JsonNode east = geojson.get("features").get(1);
        assertEquals("East", east.get("properties").get("name").asText());
        assertEquals("2", east.get("id").asText());
        assertEquals("MultiPolygon", east.get("geometry").get("type").asText());
        assertEquals("[32.0,30.0]", east.get("geometry").get("coordinates").get(0).get(0).get(1).toString());
        assertEquals("[31.5,30.5]", east.get("properties").get("label").toString(), "the name goes inside the shape");
    }

    private static void assertRing(double[][] expected, List<double[]> actual) {
        assertEquals(expected.length, actual.size(), "points");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual.get(i), 1e-9, "point " + i);
        }
    }
}
