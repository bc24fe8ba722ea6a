package org.sitrep.extract.learn;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.sitrep.extract.event.EventTyper;

/**
 * Which model the extraction uses: {@code --no-model} (rules only), else {@code --model FILE},
 * else the data directory's {@code model} setting in {@code <data>/sitrep.properties} (a path,
 * relative to the data directory, or {@code none}), else the model bundled in the jar.
 */
public final class ModelChoice {
    /** The data directory's settings file. */
    public static final String SETTINGS = "sitrep.properties";

    private ModelChoice() {
    }

    /**
     * @return the model, or null for rules only
     * @throws IOException naming the file when the chosen model cannot be read
     */
    public static EventModel load(Path dataDir, Path modelFile, boolean noModel) throws IOException {
        if (noModel) {
            return null;
        }
        if (modelFile != null) {
            return ModelFile.read(modelFile);
        }
        String setting = setting(dataDir);
        if (setting != null) {
            return setting.equalsIgnoreCase("none") ? null : ModelFile.read(dataDir.resolve(setting));
        }
        return ModelFile.bundled();
    }

    /** How the rules' event typer is wrapped for a model: not at all for null (rules only). */
    public static UnaryOperator<EventTyper> typing(EventModel model) {
        return model == null ? UnaryOperator.identity() : rules -> LearnedEventTyper.standard(rules, model);
    }

    private static String setting(Path dataDir) throws IOException {
        if (dataDir == null) {
            return null;
        }
        Path file = dataDir.resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String v = p.getProperty("model");
        return v == null || v.isBlank() ? null : v.strip();
    }
}
