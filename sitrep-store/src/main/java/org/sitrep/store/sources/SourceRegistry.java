package org.sitrep.store.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.store.db.Keys;

/**
 * The sources Sitrep knows (a data file, {@code registry.tsv}, extended by the user's): each one's
 * names, kind, the side it favours, its owner and the sources it relays. It answers what reliability
 * asks: which source a name means, whether two sources are independent, and whose side one favours.
 */
public final class SourceRegistry {
    /** The user's registry file in a data directory, read when present. */
    public static final String DATA_FILE = "sources-registry.tsv";
    private static final String BUNDLED = "registry.tsv";
    private static final int COLUMNS = 6;

    /** Entries by the key of their name. */
    private final Map<String, SourceEntry> entries;
    /** Entry name keys by the key of every name and alias. */
    private final Map<String, String> names;
    /** {@link #canonicalKey} of names already asked for ("" for a name with no key). */
    private final Map<String, String> canonical = new java.util.concurrent.ConcurrentHashMap<>();

    private SourceRegistry(Map<String, SourceEntry> entries) {
        this.entries = entries;
        this.names = new LinkedHashMap<>();
        for (SourceEntry e : entries.values()) {
            String key = Keys.of(e.name());
            for (String alias : e.aliases()) {
                names.putIfAbsent(Keys.of(alias), key);
            }
        }
        // a source's own name wins over another's alias
        entries.values().forEach(e -> names.put(Keys.of(e.name()), Keys.of(e.name())));
    }

    /** The registry shipped with Sitrep. */
    public static SourceRegistry bundled() {
        Map<String, SourceEntry> entries = new LinkedHashMap<>();
        try (InputStream in = SourceRegistry.class.getResourceAsStream(BUNDLED)) {
            read(new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, BUNDLED),
                    StandardCharsets.UTF_8)), BUNDLED, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceRegistry(entries);
    }

    /**
     * The bundled registry, extended by {@code <dataDir>/sources-registry.tsv} when it exists and by
     * {@code extra} when given (later rows replace earlier ones of the same name).
     *
     * @throws IllegalArgumentException naming the file and line of a row it cannot read
     */
    public static SourceRegistry load(Path dataDir, Path extra) {
        SourceRegistry registry = bundled();
        if (dataDir != null && Files.isRegularFile(dataDir.resolve(DATA_FILE))) {
            registry = registry.with(dataDir.resolve(DATA_FILE));
        }
        return extra == null ? registry : registry.with(extra);
    }

    /** This registry extended by a file of the same columns. */
    public SourceRegistry with(Path file) {
        Map<String, SourceEntry> merged = new LinkedHashMap<>(entries);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.toString(), merged);
        } catch (IOException e) {
            throw new IllegalArgumentException("registry " + file + ": cannot read (" + e.getMessage() + ")");
        }
        return new SourceRegistry(merged);
    }

    private static void read(BufferedReader r, String origin, Map<String, SourceEntry> into) throws IOException {
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            SourceEntry e = parse(line, origin, number);
            into.put(Keys.of(e.name()), e);
        }
    }

    private static SourceEntry parse(String line, String origin, int number) {
        String[] cols = Arrays.copyOf(line.split("\t", -1), COLUMNS);
        String where = "registry " + origin + " line " + number + ": ";
        if (line.split("\t", -1).length > COLUMNS) {
            throw new IllegalArgumentException(where + "more than " + COLUMNS + " tab-separated columns");
        }
        String name = blankToNull(cols[0]);
        if (name == null || Keys.of(name) == null) {
            throw new IllegalArgumentException(where + "no source name");
        }
        String kindText = blankToNull(cols[2]);
        SourceKind kind = kindText == null ? SourceKind.OUTLET : SourceKind.parse(kindText);
        if (kind == null) {
            throw new IllegalArgumentException(where + "kind '" + kindText + "' is not outlet, agency, monitor or ministry");
        }
        String favours = blankToNull(cols[3]);
        return new SourceEntry(name.strip(), split(cols[1], "\\|"), kind,
                favours == null ? null : Keys.of(favours).replace(' ', '_'), blankToNull(cols[4]), split(cols[5], ","));
    }

    private static List<String> split(String text, String separator) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(separator)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The source a name or alias means. */
    public Optional<SourceEntry> find(String name) {
        String key = Keys.of(name);
        return key == null ? Optional.empty() : Optional.ofNullable(names.get(key)).map(entries::get);
    }

    /** The key sources are counted under: the registry's name for a known source, else the name's own key. */
    public String canonicalKey(String name) {
        if (name == null) {
            return null;
        }
        // asked for the same few names again and again (every pair of sources of every incident)
        String key = canonical.computeIfAbsent(name, n -> {
            String k = Keys.of(n);
            return k == null ? "" : names.getOrDefault(k, k);
        });
        return key.isEmpty() ? null : key;
    }

    /** The name to show for a source key: the registry's spelling when known. */
    public String displayName(String key, String fallback) {
        SourceEntry e = key == null ? null : entries.get(names.getOrDefault(key, key));
        return e != null ? e.name() : fallback;
    }

    /** The side a source favours (a side key), or null when the registry does not say. */
    public String favours(String name) {
        return find(name).map(SourceEntry::favours).orElse(null);
    }

    /**
     * Whether two sources' word counts as two: different sources, not one owner, and neither relaying
     * the other. Unknown sources are independent of every other source.
     */
    public boolean independent(String a, String b) {
        String ka = canonicalKey(a);
        String kb = canonicalKey(b);
        if (ka == null || kb == null || ka.equals(kb)) {
            return false;
        }
        SourceEntry ea = entries.get(ka);
        SourceEntry eb = entries.get(kb);
        if (relays(ea, kb) || relays(eb, ka)) {
            return false;
        }
        return ea == null || eb == null || ea.owner() == null || eb.owner() == null
                || !Keys.of(ea.owner()).equals(Keys.of(eb.owner()));
    }

    private boolean relays(SourceEntry e, String otherKey) {
        return e != null && e.relays().stream().anyMatch(r -> otherKey.equals(canonicalKey(r)));
    }

    public Collection<SourceEntry> entries() {
        return List.copyOf(entries.values());
    }
}
