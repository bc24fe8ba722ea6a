package org.sitrep.server.build;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What the build steps share to write GeoJSON: a FeatureCollection one feature a line, features
 * opened with their properties, coordinate lists; and the write to a partial file moved into place,
 * so a failed build never leaves half a layer.
 */
final class GeoJsonOut {
    /** Writes a file's content. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes the features of a collection. */
    interface Features {
        void write(JsonGenerator g) throws IOException;
    }

    private GeoJsonOut() {
    }

    static void file(Path output, Body body) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path partial = output.resolveSibling(output.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            body.write(out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
    }

    static void collection(ObjectMapper mapper, OutputStream out, Features features) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            features.write(g);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Opens a feature and its properties object; the caller writes the properties, then {@link #geometry}. */
    static void startFeature(JsonGenerator g, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        if (id != null) {
            g.writeStringField("id", id);
        }
        g.writeObjectFieldStart("properties");
    }

    /** Closes the properties and opens the geometry's coordinates; {@link #endFeature} closes both. */
    static void geometry(JsonGenerator g, String type) throws IOException {
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", type);
        g.writeFieldName("coordinates");
    }

    static void endFeature(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    static void point(JsonGenerator g, double[] p) throws IOException {
        g.writeStartArray();
        g.writeNumber(p[0]);
        g.writeNumber(p[1]);
        g.writeEndArray();
    }

    static void line(JsonGenerator g, List<double[]> points) throws IOException {
        g.writeStartArray();
        for (double[] p : points) {
            point(g, p);
        }
        g.writeEndArray();
    }
}
