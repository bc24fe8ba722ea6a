package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.learn.ModelChoice;

/**
 * The extractor of this JVM, built on first use and shared by every task the executor runs (it is
 * thread-safe): loading dictionaries and the gazetteer takes seconds, so it is done once per
 * executor, never per record or per partition.
 */
final class ExtractorHolder {
    private static RuleBasedExtractor extractor;
    private static String loadedFor;

    private ExtractorHolder() {
    }

    static synchronized RuleBasedExtractor get(String dataDir) {
        String key = String.valueOf(dataDir);
        if (extractor == null || !key.equals(loadedFor)) {
            try {
                Path dir = dataDir == null ? null : Path.of(dataDir);
                // the model the data directory sets (else the bundled one), as 'sitrep extract' chooses it
                extractor = Extractors.load(dir, List.of(), List.of(), ModelChoice.typing(ModelChoice.load(dir, null, false)));
                loadedFor = key;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the extractor's data from " + dataDir, e);
            }
        }
        return extractor;
    }
}
