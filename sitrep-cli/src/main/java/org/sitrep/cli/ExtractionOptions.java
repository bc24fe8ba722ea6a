package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.RuleBasedExtractor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How the commands that extract ({@code extract}, {@code ingest}) extract: the data added for one run
 * ({@code --gazetteer}, {@code --actors}), the model ({@code --model}, {@code --no-model}) and how many
 * reports at once ({@code --threads}). A picocli mixin.
 */
public final class ExtractionOptions {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "A GeoNames-format place file (or GeoJSON areas) added for this run (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor dictionary (see the bundled actors/README.md) added for this run (repeatable).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Reports extracted at once (default: the number of cores); the output order is the input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ModelOptions model;

    /**
     * The bundled dictionaries and gazetteer, what the data directory adds, and this run's files; the
     * events typed with the chosen model ({@code --model}, {@code --no-model}, the data directory's setting).
     */
    RuleBasedExtractor extractor(Path dataDir) throws IOException {
        return model.extractor(dataDir, gazetteers, actors);
    }

    int threads() {
        return threads;
    }
}
