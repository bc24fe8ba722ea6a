package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.learn.ModelChoice;

/** The extractor the storing commands ({@code ingest}, {@code demo}, {@code serve}) use: the data directory's. */
final class ExtractorChoice {
    private ExtractorChoice() {
    }

    /** The bundled dictionaries and gazetteer plus what the data directory adds, with its model setting. */
    static Extractor forStore(Path dataDir) {
        return forStore(dataDir, null);
    }

    /** As {@link #forStore(Path)}, with {@code --model}/{@code --no-model} when the command takes them. */
    static Extractor forStore(Path dataDir, ModelOptions model) {
        try {
            return model == null
                    ? Extractors.load(dataDir, List.of(), List.of(), ModelChoice.typing(ModelChoice.load(dataDir, null, false)))
                    : model.extractor(dataDir, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the extractor's data from " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
