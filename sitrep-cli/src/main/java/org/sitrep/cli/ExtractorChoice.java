package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;

/** The extractor the storing commands ({@code ingest}, {@code demo}) use: the data directory's. */
final class ExtractorChoice {
    private ExtractorChoice() {
    }

    /** The bundled dictionaries and gazetteer plus what the data directory adds. */
    static Extractor forStore(Path dataDir) {
        try {
            return Extractors.load(dataDir, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the extractor's data from " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
