package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.learn.EventModel;
import org.sitrep.extract.learn.ModelChoice;
import picocli.CommandLine.Option;

/** {@code --model FILE} and {@code --no-model} for the commands that extract. */
public final class ModelOptions {
    @Option(names = "--model", paramLabel = "FILE",
            description = "A model trained with 'sitrep train' (default: the data directory's 'model' setting in "
                    + ModelChoice.SETTINGS + ", else the bundled model).")
    Path model;

    @Option(names = "--no-model", description = "Rules only: no learned model re-types the rules' events.")
    boolean noModel;

    /** The chosen model, or null for rules only. */
    EventModel load(Path dataDir) throws IOException {
        if (noModel && model != null) {
            throw new IllegalArgumentException("--model and --no-model exclude each other");
        }
        return ModelChoice.load(dataDir, model, noModel);
    }

    /** The extractor of the data directory and the per-run files, typed with the chosen model. */
    RuleBasedExtractor extractor(Path dataDir, List<Path> gazetteers, List<Path> actors) throws IOException {
        return Extractors.load(dataDir, gazetteers, actors, () -> ModelChoice.typing(load(dataDir)));
    }
}
