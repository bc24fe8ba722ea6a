package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.learn.ModelChoice;

/** The extractor the storing commands without extraction options ({@code demo}, {@code serve}) use: the data directory's. */
final class ExtractorChoice {
    private ExtractorChoice() {
    }

    /** The bundled dictionaries and gazetteer plus what the data directory adds, with its model setting. */
    static Extractor forStore(Path dataDir) {
        try {
            return Extractors.load(dataDir, List.of(), List.of(), ModelChoice.typing(ModelChoice.load(dataDir, null, false)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the extractor's data from " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
