package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports a GeoNames-format file ({@code SY.txt}, {@code allCountries.txt}, {@code cities500.txt},
 * the same zipped, or a file in the same 19-column layout with other admin codes) by streaming it
 * line by line into the compact form under {@code <data>/gazetteer/}. Broken lines are skipped
 * and counted. GeoNames' {@code admin1CodesASCII.txt} / {@code admin2Codes.txt} (code, name,
 * ascii name, id) are recognised too and give admin areas their names.
 */
public final class GeonamesImport {

    private static final Pattern ADMIN_CODE = Pattern.compile("[A-Z]{2}\\.[^\\t]+");
    private static final int EXAMPLES = 5;

    /** What an import did. */
    public record Report(Path source, Path stored, int places, int adminNames, Map<String, Integer> skipped,
                         List<String> examples) {

        public int skippedLines() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "imported 1748 places from SY.txt (4 lines skipped: 3 bad coordinates, 1 too few columns)". */
        public String summary() {
            StringBuilder s = new StringBuilder("imported " + places + " places");
            if (adminNames > 0) {
                s.append(" and ").append(adminNames).append(" admin area names");
            }
            s.append(" from ").append(source);
            if (!skipped.isEmpty()) {
                s.append(" (").append(skippedLines()).append(skippedLines() == 1 ? " line" : " lines").append(" skipped: ");
                List<String> parts = new ArrayList<>();
                skipped.forEach((why, n) -> parts.add(n + " " + why));
                s.append(String.join(", ", parts)).append(")");
            }
            return s.toString();
        }
    }

    private GeonamesImport() {
    }

    /** Imports a file into the data directory, replacing an earlier import of the same name. */
    public static Report importFile(Path file, Path dataDir) throws IOException {
        Path dir = Gazetteers.directory(dataDir);
        Files.createDirectories(dir);
        Path stored = dir.resolve(baseName(file) + Gazetteers.PLACES_SUFFIX);
        Path partial = dir.resolve(baseName(file) + Gazetteers.PLACES_SUFFIX + ".part");
        Report report;
        try (OutputStream out = Files.newOutputStream(partial);
             PlaceFile.Writer writer = new PlaceFile.Writer(out)) {
            report = convert(file, new Target() {
                @Override
                public void place(PlaceRow row) throws IOException {
                    writer.place(row);
                }

                @Override
                public void adminName(int level, String cc, String code, String name) throws IOException {
                    writer.adminName(level, cc, code, name);
                }
            }, stored);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (report.places() == 0 && report.adminNames() == 0) {
            Files.deleteIfExists(partial);
            throw new IOException(file + ": no place in GeoNames format (19 tab-separated columns) found"
                    + (report.skipped().isEmpty() ? "" : "; " + report.skippedLines() + " lines skipped: " + report.skipped()));
        }
        Files.move(partial, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return report;
    }

    /** Reads a file straight into a gazetteer being built (for one run, nothing stored). */
    static Report readInto(Path file, PlaceIndex.Builder builder) throws IOException {
        return convert(file, new Target() {
            @Override
            public void place(PlaceRow row) {
                builder.accept(row);
            }

            @Override
            public void adminName(int level, String cc, String code, String name) {
                builder.adminName(level, cc, code, name);
            }
        }, null);
    }

    private interface Target {
        void place(PlaceRow row) throws IOException;

        void adminName(int level, String cc, String code, String name) throws IOException;
    }

    private static Report convert(Path file, Target target, Path stored) throws IOException {
        GeonamesLine parser = new GeonamesLine(NameKey.standard());
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int places = 0;
        int adminNames = 0;
        try (BufferedReader lines = open(file)) {
            int lineNumber = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] adminName = adminNameLine(line);
                if (adminName != null) {
                    target.adminName(Integer.parseInt(adminName[0]), adminName[1], adminName[2], adminName[3]);
                    adminNames++;
                    continue;
                }
                GeonamesLine.Result r = parser.parse(line);
                if (!r.ok()) {
                    skipped.merge(r.problem(), 1, Integer::sum);
                    if (examples.size() < EXAMPLES) {
                        examples.add("line " + lineNumber + ": " + r.problem());
                    }
                    continue;
                }
                PlaceRow row = r.row();
                target.place(row);
                places++;
                if ("ADM1".equals(row.featureCode()) && !row.admin1Code().isEmpty()) {
                    target.adminName(1, row.countryCode(), row.admin1Code(), row.name());
                    adminNames++;
                } else if ("ADM2".equals(row.featureCode()) && !row.admin2Code().isEmpty()) {
                    target.adminName(2, row.countryCode(), row.admin1Code() + "." + row.admin2Code(), row.name());
                    adminNames++;
                }
            }
        }
        return new Report(file, stored, places, adminNames, skipped, examples);
    }

    /** GeoNames admin code tables: "SY.01\tName\tascii\tid" (level 1) or "SY.01.123\t…" (level 2). */
    private static String[] adminNameLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !ADMIN_CODE.matcher(f[0]).matches()) {
            return null;
        }
        String[] code = f[0].split("\\.", 2);
        int level = code[1].contains(".") ? 2 : 1;
        return new String[] {String.valueOf(level), code[0], code[1], f[1]};
    }

    /** A reader over the file, or over the .txt entry of a .zip; bad bytes become U+FFFD. */
    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in);
            String wanted = baseName(file) + ".txt";
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equalsIgnoreCase(wanted)) {
                    break;
                }
            }
            if (entry == null) {
                zip.close();
                throw new IOException(file + ": no " + wanted + " inside the zip");
            }
            in = zip;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
