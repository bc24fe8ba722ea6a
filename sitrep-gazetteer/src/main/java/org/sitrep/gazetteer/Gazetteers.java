package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads gazetteers: the built-in one (GeoNames cities500, packed into the jar at build time),
 * plus what {@code sitrep gazetteer import} stored under {@code <data>/gazetteer/}, plus files
 * given for one run ({@code extract --gazetteer FILE}: GeoNames-format text or GeoJSON areas).
 */
public final class Gazetteers {

    /** The built-in index inside the jar. */
    static final String BUILTIN = "builtin-places.bin";
    /** Imported place files in the data directory end with this. */
    static final String PLACES_SUFFIX = ".places";

    private Gazetteers() {
    }

    /** The folder of a data directory that holds imported gazetteer files. */
    public static Path directory(Path dataDir) {
        return dataDir.resolve("gazetteer");
    }

    /** The built-in gazetteer alone. */
    public static Gazetteer builtin() {
        try {
            return load(null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built-in gazetteer, then the data directory's imports (null: none), then the extra files
     * (GeoNames-format text, or {@code .geojson} admin areas); a later row with the same id wins.
     */
    public static Gazetteer load(Path dataDir, List<Path> extraFiles) throws IOException {
        return load(dataDir, extraFiles, true);
    }

    /**
     * Starts {@link #load(Path, List)} on a background thread, so that a command can read its
     * input and dictionaries meanwhile; {@code join()} when the gazetteer is needed (a load error
     * surfaces there, wrapped in a {@link java.util.concurrent.CompletionException}).
     */
    public static java.util.concurrent.CompletableFuture<Gazetteer> loadInBackground(Path dataDir, List<Path> extraFiles) {
        java.util.concurrent.CompletableFuture<Gazetteer> future = new java.util.concurrent.CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                future.complete(load(dataDir, extraFiles));
            } catch (IOException | RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "gazetteer-loader");
        loader.setDaemon(true);
        loader.start();
        return future;
    }

    /** Like {@link #load(Path, List)}, without the built-in places: only the user's own gazetteer. */
    public static Gazetteer withoutBuiltin(Path dataDir, List<Path> extraFiles) throws IOException {
        return load(dataDir, extraFiles, false);
    }

    private static Gazetteer load(Path dataDir, List<Path> extraFiles, boolean builtin) throws IOException {
        Regions regions = Regions.standard();
        List<Path> extras = extraFiles == null ? List.of() : extraFiles;
        List<AdminArea> polygons = AreaImport.load(dataDir);
        for (Path extra : extras) {
            if (isGeoJson(extra)) {
                polygons.addAll(AreaImport.readGeoJson(extra, regions));
            }
        }
        AdminAreas areas = polygons.isEmpty() ? AdminAreas.NONE : new PolygonAreas(polygons);
        PlaceIndex.Builder builder = new PlaceIndex.Builder(regions, areas);
        if (builtin) {
            try (InputStream in = Gazetteers.class.getResourceAsStream(BUILTIN)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in gazetteer " + BUILTIN
                            + " is missing from the class path: rebuild sitrep-gazetteer with Maven");
                }
                builder.readBuiltin(in);
            }
        }
        for (Path file : importedFiles(dataDir)) {
            try (InputStream in = Files.newInputStream(file)) {
                builder.read(in);
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        for (Path extra : extras) {
            if (!isGeoJson(extra)) {
                GeonamesImport.readInto(extra, builder);
            }
        }
        return new Gazetteer(builder.build(), regions, areas);
    }

    private static boolean isGeoJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json");
    }

    /** The place files of a data directory, in name order. */
    static List<Path> importedFiles(Path dataDir) throws IOException {
        if (dataDir == null || !Files.isDirectory(directory(dataDir))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory(dataDir))) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(PLACES_SUFFIX)).sorted().toList());
        }
    }
}
