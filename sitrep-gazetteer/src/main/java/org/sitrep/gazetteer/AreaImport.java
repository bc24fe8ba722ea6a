package org.sitrep.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code gazetteer import-areas}: reads admin-area polygons from GeoJSON and stores them in a
 * compact form under {@code <data>/gazetteer/} ({@code NAME.areas}), where loading finds them.
 */
public final class AreaImport {

    static final String AREAS_SUFFIX = ".areas";
    private static final int MAGIC = 0x53475A41; // "SGZA"

    /** What an import did. */
    public record Report(Path source, int admin1, int admin2, Map<String, Integer> skipped) {
        public String summary() {
            String s = "imported " + admin1 + " first-level and " + admin2 + " second-level areas from " + source;
            if (!skipped.isEmpty()) {
                int n = skipped.values().stream().mapToInt(Integer::intValue).sum();
                s += " (" + n + " features skipped: " + skipped + ")";
            }
            return s;
        }
    }

    private AreaImport() {
    }

    public static Report importFile(Path file, Path dataDir) throws IOException {
        GeoJsonAreas.Result result = new GeoJsonAreas(Regions.standard()).read(file);
        if (result.areas().isEmpty()) {
            throw new IOException("no Polygon or MultiPolygon area found" + (result.skipped().isEmpty() ? "" : " " + result.skipped()));
        }
        Path dir = Gazetteers.directory(dataDir);
        Files.createDirectories(dir);
        Path stored = dir.resolve(GeonamesImport.baseName(file) + AREAS_SUFFIX);
        Path partial = dir.resolve(stored.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            write(result.areas(), out);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        int admin1 = (int) result.areas().stream().filter(a -> a.level() == 1).count();
        return new Report(file, admin1, result.areas().size() - admin1, result.skipped());
    }

    /** The areas stored in a data directory (none when it has none); the web map draws them. */
    public static List<AdminArea> load(Path dataDir) throws IOException {
        List<AdminArea> areas = new ArrayList<>();
        if (dataDir == null || !Files.isDirectory(Gazetteers.directory(dataDir))) {
            return areas;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Gazetteers.directory(dataDir))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(AREAS_SUFFIX)).sorted().toList();
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                areas.addAll(read(in));
            } catch (IOException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        return areas;
    }

    /** Areas from a GeoJSON file, for one run. */
    static List<AdminArea> readGeoJson(Path file, Regions regions) throws IOException {
        return new GeoJsonAreas(regions).read(file).areas();
    }

    private static void write(List<AdminArea> areas, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(areas.size());
        for (AdminArea a : areas) {
            out.writeByte(a.level());
            out.writeUTF(nz(a.countryCode()));
            out.writeUTF(nz(a.pcode()));
            out.writeUTF(nz(a.name()));
            out.writeUTF(nz(a.nameAr()));
            out.writeInt(a.rings().size());
            for (double[] ring : a.rings()) {
                out.writeInt(ring.length);
                for (double v : ring) {
                    out.writeFloat((float) v);
                }
            }
        }
    }

    private static List<AdminArea> read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Sitrep areas file (bad magic number)");
        }
        int n = in.readInt();
        List<AdminArea> areas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int level = in.readByte();
            String cc = in.readUTF();
            String pcode = in.readUTF();
            String name = in.readUTF();
            String nameAr = in.readUTF();
            int ringCount = in.readInt();
            List<double[]> rings = new ArrayList<>(ringCount);
            for (int r = 0; r < ringCount; r++) {
                double[] ring = new double[in.readInt()];
                for (int k = 0; k < ring.length; k++) {
                    ring[k] = in.readFloat();
                }
                rings.add(ring);
            }
            areas.add(AdminArea.of(level, emptyToNull(cc), emptyToNull(pcode), name, emptyToNull(nameAr), rings));
        }
        return areas;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
