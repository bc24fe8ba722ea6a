package org.sitrep.extract.learn;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: a text header anyone can read ({@code head -5 MODEL}), then the weights,
 * gzip-compressed. The header holds the format version, the feature spec, what the model was
 * trained on and each head's labels; the body holds only hashed feature indices (delta-coded) and
 * 16-bit weights: no word or sentence of the training records.
 *
 * <pre>
 * sitrep-model 1
 * features bits=18 words=1-2 chars=3-5
 * trained-on acled-syria.csv (4760 records)
 * head event_type	Battles	Explosions/Remote violence	...
 * (blank line, then gzip: per head in header order: scale, biases, row count, rows)
 * </pre>
 */
public final class ModelFile {
    static final String MAGIC = "sitrep-model";
    static final int VERSION = 1;

    private ModelFile() {
    }

    /** Writes through a temporary file renamed when complete: never half a model. */
    public static void write(EventModel model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".model-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(model, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(EventModel model, OutputStream out) throws IOException {
        StringBuilder header = new StringBuilder();
        header.append(MAGIC).append(' ').append(VERSION).append('\n');
        header.append("features ").append(model.spec().describe()).append('\n');
        header.append("trained-on ").append(model.trainedOn().replace('\n', ' ')).append('\n');
        List<Map.Entry<EventModel.Head, LinearClassifier>> heads = new ArrayList<>(model.heads().entrySet());
        heads.sort(Map.Entry.comparingByKey());
        for (Map.Entry<EventModel.Head, LinearClassifier> h : heads) {
            header.append("head ").append(h.getKey().key());
            for (String label : h.getValue().labels()) {
                header.append('\t').append(label);
            }
            header.append('\n');
        }
        header.append('\n');
        out.write(header.toString().getBytes(StandardCharsets.UTF_8));
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gz);
        for (Map.Entry<EventModel.Head, LinearClassifier> h : heads) {
            writeHead(h.getValue(), data);
        }
        data.flush();
        gz.finish();
        out.flush();
    }

    private static void writeHead(LinearClassifier c, DataOutputStream data) throws IOException {
        data.writeFloat(c.scale());
        for (float b : c.bias()) {
            data.writeFloat(b);
        }
        int[] features = c.features();
        short[] weights = c.weights();
        data.writeInt(features.length);
        int previous = -1;
        for (int f : features) {
            writeVarint(data, f - previous);
            previous = f;
        }
        for (short w : weights) {
            data.writeShort(w);
        }
    }

    public static EventModel read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a Sitrep model: " + e.getMessage(), e);
        }
    }

    /** The model bundled in the jar, or null when the jar has none. */
    public static EventModel bundled() {
        String name = "/org/sitrep/extract/model/default.model";
        try (InputStream in = ModelFile.class.getResourceAsStream(name)) {
            return in == null ? null : read(new BufferedInputStream(in), name);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled model cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a model; {@code name} only names the input in errors. */
    public static EventModel read(InputStream in, String name) throws IOException {
        String first = line(in);
        if (first == null || !first.startsWith(MAGIC + " ")) {
            throw new IOException(name + ": not a Sitrep model (no '" + MAGIC + "' header)");
        }
        int version = Integer.parseInt(first.substring(MAGIC.length() + 1).strip());
        if (version != VERSION) {
            throw new IOException(name + ": model format version " + version + ", this Sitrep reads " + VERSION);
        }
        FeatureSpec spec = null;
        String trainedOn = "";
        Map<EventModel.Head, List<String>> labels = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            if (line.startsWith("features ")) {
                spec = FeatureSpec.parse(line.substring(9));
            } else if (line.startsWith("trained-on ")) {
                trainedOn = line.substring(11);
            } else if (line.startsWith("head ")) {
                String[] parts = line.substring(5).split("\t");
                labels.put(EventModel.Head.fromKey(parts[0]), List.of(parts).subList(1, parts.length));
            }
        }
        if (spec == null) {
            throw new IOException(name + ": model header has no 'features' line");
        }
        Map<EventModel.Head, LinearClassifier> heads = new EnumMap<>(EventModel.Head.class);
        try {
            // the body read whole, then decoded from memory: element by element through streams it was a
            // tenth of start-up, run before the JIT compiles anything
            ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in).readAllBytes());
            for (Map.Entry<EventModel.Head, List<String>> h : labels.entrySet()) {
                heads.put(h.getKey(), readHead(data, h.getValue(), spec.space()));
            }
        } catch (EOFException | BufferUnderflowException e) {
            throw new IOException(name + ": model file is truncated", e);
        }
        return new EventModel(spec, heads, trainedOn);
    }

    private static LinearClassifier readHead(ByteBuffer data, List<String> labels, int space) throws IOException {
        int k = labels.size();
        float scale = data.getFloat();
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = data.getFloat();
        }
        int rows = data.getInt();
        if (rows < 0 || rows > space) {
            throw new IOException("bad row count " + rows);
        }
        int[] features = new int[rows];
        int previous = -1;
        for (int r = 0; r < rows; r++) {
            previous += readVarint(data);
            features[r] = previous;
        }
        short[] weights = new short[rows * k];
        data.asShortBuffer().get(weights);
        data.position(data.position() + 2 * weights.length);
        return new LinearClassifier(labels, space, features, weights, scale, bias);
    }

    /** One header line (UTF-8, without its '\n'), read byte by byte so the gzip body stays unread. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            b.write(c);
        }
        if (c == -1 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(ByteBuffer in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.get() & 0xff;
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }
}
