package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.RuleBasedExtractor;

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
                extractor = Extractors.load(dataDir == null ? null : Path.of(dataDir), List.of(), List.of());
                loadedFor = key;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the extractor's data from " + dataDir, e);
            }
        }
        return extractor;
    }
}
