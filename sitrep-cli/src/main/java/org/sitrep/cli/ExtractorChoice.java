package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.extract.Extractor;

/** The extractor the storing commands ({@code ingest}, {@code demo}) use. */
final class ExtractorChoice {
    private ExtractorChoice() {
    }

    /**
     * TEMPORARY, for the lead to replace with the extractor factory: no extraction is wired into
     * storing yet, so reports are stored without events.
     */
    static Extractor forStore(Path dataDir) {
        return report -> java.util.List.of();
    }
}
