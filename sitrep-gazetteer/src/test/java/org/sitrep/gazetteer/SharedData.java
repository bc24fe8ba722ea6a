package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The measuring data beside the checkout ({@code sitrep.shared}, else ../shared); tests skip without it. */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        String root = System.getProperty("sitrep.shared", "../shared");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(p), p + " not found (…/shared not found: skipping)");
        return p;
    }
}
