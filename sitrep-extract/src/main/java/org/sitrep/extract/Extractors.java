package org.sitrep.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.place.PendingGeocoder;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Gazetteers;

/**
 * Builds the extractor a data directory configures: the bundled actor dictionaries plus
 * {@code <data>/actors/*.tsv} and any extra dictionary files, and the gazetteer (built-in,
 * imported, and per-run files).
 */
public final class Extractors {
    private Extractors() {
    }

    /**
     * @param dataDir        the data directory, or null for the bundled data alone
     * @param gazetteerFiles GeoNames-format files (or GeoJSON areas) added for this run
     * @param actorFiles     actor dictionaries added for this run
     */
    public static RuleBasedExtractor load(Path dataDir, List<Path> gazetteerFiles, List<Path> actorFiles)
            throws IOException {
        return load(dataDir, gazetteerFiles, actorFiles, UnaryOperator.identity());
    }

    /** As {@link #load(Path, List, List)}, the rules' event typer wrapped by {@code typing} (a learned typer). */
    public static RuleBasedExtractor load(Path dataDir, List<Path> gazetteerFiles, List<Path> actorFiles,
                                          UnaryOperator<EventTyper> typing) throws IOException {
        return load(dataDir, gazetteerFiles, actorFiles, () -> typing);
    }

    /** How the rules' event typer is wrapped, read from a file (a learned model): read while the gazetteer loads. */
    @FunctionalInterface
    public interface Typing {
        UnaryOperator<EventTyper> read() throws IOException;
    }

    /** As {@link #load(Path, List, List, UnaryOperator)}, the wrapping read once the gazetteer is loading. */
    public static RuleBasedExtractor load(Path dataDir, List<Path> gazetteerFiles, List<Path> actorFiles,
                                          Typing typing) throws IOException {
        List<Path> actors = new ArrayList<>(userActorFiles(dataDir));
        actors.addAll(actorFiles);
        // the gazetteer is most of start-up: the model, the dictionaries and the extractor are read meanwhile
        CompletableFuture<Gazetteer> gazetteer = Gazetteers.loadInBackground(dataDir, gazetteerFiles);
        UnaryOperator<EventTyper> typer = typing.read();
        RuleBasedExtractor extractor = new RuleBasedExtractor(ActorDictionary.load(actors),
                new PendingGeocoder(gazetteer.thenApply(Gazetteer::geocoder)), typer);
        try {
            gazetteer.join();
        } catch (CompletionException e) {
            throw loadError(e.getCause());
        }
        return extractor;
    }

    /** A load error as {@link Gazetteers#load} throws it. */
    private static IOException loadError(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IOException(cause);
    }

    /** {@code <data>/actors/*.tsv}, in name order. */
    public static List<Path> userActorFiles(Path dataDir) throws IOException {
        if (dataDir == null) {
            return List.of();
        }
        Path dir = dataDir.resolve("actors");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }
}
