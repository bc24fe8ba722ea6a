package org.sitrep.server.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step: the rivers and lakes of the web map, from the npm package
 * {@code @geo-maps/earth-rivers-50m} (OpenStreetMap's water polygons, ODbL). Each polygon becomes a
 * {@link WaterPiece}; the pieces are written in cells of {@link #CELL} degrees, named by their
 * south-west corner ({@code 30_30.geojson}), so the page fetches only the cells of its view; and an
 * index, {@code cells.json}, lists the cells and how far a piece reaches beyond its cell's north and
 * east edges. The source has no names, so the layer has none.
 *
 * <p>Usage: {@code RiverBuilder MAP.geo.json OUTPUT_DIR}; skips the work when the index is newer
 * than the input.
 */
public final class RiverBuilder {
    static final int CELL = 10;
    static final String INDEX = "cells.json";

    private RiverBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RiverBuilder MAP.geo.json OUTPUT_DIR");
        }
        Path input = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        if (!Files.exists(input)) {
            throw new IllegalStateException("sitrep-server: " + input + " is missing: the build fetches it with"
                    + " `npm pack @geo-maps/earth-rivers-50m` (needs node, npm and the npm registry); run `mvn package`"
                    + " online once");
        }
        Path index = dir.resolve(INDEX);
        if (Files.exists(index) && Files.getLastModifiedTime(index).compareTo(Files.getLastModifiedTime(input)) > 0) {
            System.out.println("sitrep-server: rivers up to date");
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<WaterPiece>> cells;
        try (JsonParser p = mapper.getFactory().createParser(input.toFile())) {
            cells = cells(p);
        }
        write(mapper, cells, dir);
        long bytes = 0;
        for (String cell : cells.keySet()) {
            bytes += Files.size(dir.resolve(cell + ".geojson"));
        }
        System.out.printf("sitrep-server: rivers: %d pieces in %d cells, %d KB%n",
                cells.values().stream().mapToInt(List::size).sum(), cells.size(), bytes / 1024);
    }

    /** The pieces of a GeoJSON document by cell name, in name order. */
    static Map<String, List<WaterPiece>> cells(JsonParser p) throws IOException {
        Map<String, List<WaterPiece>> cells = new TreeMap<>();
        GeoJsonShapes.read(p, (shape, area) -> {
            WaterPiece piece = WaterPiece.of(shape, area);
            if (piece != null) {
                cells.computeIfAbsent(cell(piece), k -> new ArrayList<>()).add(piece);
            }
        });
        return cells;
    }

    /** The name of the cell holding the piece's south-west corner. */
    static String cell(WaterPiece piece) {
        double[] box = WaterPiece.box(piece.points());
        return (int) Math.floor(box[0] / CELL) * CELL + "_" + (int) Math.floor(box[1] / CELL) * CELL;
    }

    static void write(ObjectMapper mapper, Map<String, List<WaterPiece>> cells, Path dir) throws IOException {
        double reach = 0;
        for (Map.Entry<String, List<WaterPiece>> e : cells.entrySet()) {
            GeoJsonOut.file(dir.resolve(e.getKey() + ".geojson"), out -> writeCell(mapper, e.getValue(), out));
            for (WaterPiece piece : e.getValue()) {
                reach = Math.max(reach, WaterPiece.size(piece.points()));
            }
        }
        double beyond = Math.ceil(reach);
        GeoJsonOut.file(dir.resolve(INDEX), out -> {
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("cell", CELL);
                g.writeNumberField("reach", beyond);
                g.writeArrayFieldStart("cells");
                for (String cell : cells.keySet()) {
                    g.writeString(cell);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    /** A cell's rivers as one MultiLineString feature and its lakes as one MultiPolygon, properties {@code kind}. */
    static void writeCell(ObjectMapper mapper, List<WaterPiece> pieces, OutputStream out) throws IOException {
        GeoJsonOut.collection(mapper, out, g -> {
            for (boolean area : new boolean[] {false, true}) {
                List<WaterPiece> kind = pieces.stream().filter(w -> w.area() == area).toList();
                if (kind.isEmpty()) {
                    continue;
                }
                GeoJsonOut.startFeature(g, null);
                g.writeStringField("kind", area ? "water" : "river");
                GeoJsonOut.geometry(g, area ? "MultiPolygon" : "MultiLineString");
                g.writeStartArray();
                for (WaterPiece w : kind) {
                    if (area) {
                        g.writeStartArray();
                    }
                    GeoJsonOut.line(g, w.points());
                    if (area) {
                        g.writeEndArray();
                    }
                }
                g.writeEndArray();
                GeoJsonOut.endFeature(g);
            }
        });
    }
}
