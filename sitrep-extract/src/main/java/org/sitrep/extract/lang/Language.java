package org.sitrep.extract.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's data files, read from {@code org/sitrep/extract/lang/<code>/} on the class path:
 * another language is a folder of the same files ({@link LanguageFile}), not code. Files are read
 * once and kept; errors name the language and the file.
 */
public final class Language {
    public static final String ENGLISH = "en";
    private static final String ROOT = "/org/sitrep/extract/lang/";

    private final String code;
    private final Map<LanguageFile, List<String>> lines = new ConcurrentHashMap<>();
    private final Map<LanguageFile, Lexicon> lexicons = new ConcurrentHashMap<>();

    private Language(String code) {
        this.code = code;
    }

    /** The bundled data of language {@code code} ("en"); its files are read when first asked for. */
    public static Language bundled(String code) {
        return new Language(code);
    }

    public static Language english() {
        return bundled(ENGLISH);
    }

    public String code() {
        return code;
    }

    /** Where the language's {@code file} is, relative to the extractor's data root. */
    public String path(LanguageFile file) {
        return "lang/" + code + "/" + file.fileName();
    }

    public boolean has(LanguageFile file) {
        return Language.class.getResource(ROOT + code + "/" + file.fileName()) != null;
    }

    /** Non-blank lines of the file, without '#' comment lines, trimmed. */
    public List<String> lines(LanguageFile file) {
        return lines.computeIfAbsent(file, this::read);
    }

    public Set<String> set(LanguageFile file) {
        return Set.copyOf(lines(file));
    }

    /** The file read as [sections]; a missing section is an error naming the language and the file. */
    public Lexicon lexicon(LanguageFile file) {
        return lexicons.computeIfAbsent(file, f -> Lexicon.parse(describe(f), lines(f)));
    }

    private String describe(LanguageFile file) {
        return "language " + code + ", " + path(file);
    }

    private List<String> read(LanguageFile file) {
        try (InputStream in = Language.class.getResourceAsStream(ROOT + code + "/" + file.fileName())) {
            if (in == null) {
                throw new IllegalStateException(describe(file) + ": data file missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(file), e);
        }
    }
}
