package org.sitrep.extract.actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.Resources;

/**
 * The actors Sitrep knows: rows read from dictionary files (see actors/README.md). Later files
 * add to earlier ones; a row with the same canonical name replaces the earlier row.
 */
public final class ActorDictionary {
    /** The bundled dictionaries, in load order. */
    public static final List<String> BUNDLED = List.of("actors/common.tsv", "actors/syria.tsv");

    private final Map<String, ActorEntry> byName;

    private ActorDictionary(Map<String, ActorEntry> byName) {
        this.byName = byName;
    }

    public static ActorDictionary bundled() {
        return load(List.of());
    }

    /** The bundled dictionaries plus the given files (a user's own conflicts or corrections). */
    public static ActorDictionary load(List<Path> extraFiles) {
        Map<String, ActorEntry> rows = new java.util.LinkedHashMap<>();
        for (String name : BUNDLED) {
            parse(Resources.rawLines(name), name, rows);
        }
        for (Path file : extraFiles) {
            try {
                parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), rows);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read actor dictionary", e);
            }
        }
        return new ActorDictionary(rows);
    }

    private static void parse(List<String> lines, String origin, Map<String, ActorEntry> rows) {
        String conflictCountry = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#! country ")) {
                conflictCountry = line.substring("#! country ".length()).strip().toUpperCase(java.util.Locale.ROOT);
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 8) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": expected 8 tab-separated columns, found "
                        + f.length);
            }
            List<String> sides = Arrays.stream(f[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (sides.isEmpty()) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": no side for " + f[0]);
            }
            List<String> aliases = new ArrayList<>();
            aliases.add(f[0].strip());
            for (String a : f[7].split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
            Integer inter;
            ActorKind kind;
            try {
                inter = f[2].isBlank() ? null : Integer.valueOf(f[2].strip());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": inter must be a number, not '" + f[2] + "'");
            }
            try {
                kind = ActorKind.valueOf(f[5].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": kind must be actor, state or generic, not '"
                        + f[5] + "'");
            }
            ActorEntry e = new ActorEntry(f[0].strip(), sides, inter, blankToNull(f[3]), blankToNull(f[4]), kind,
                    blankToNull(f[6]), List.copyOf(aliases), conflictCountry);
            rows.put(e.name(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<ActorEntry> entries() {
        return List.copyOf(byName.values());
    }

    public Optional<ActorEntry> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The named state forces of a country (ISO code), if the dictionary has them. */
    public Optional<ActorEntry> stateForces(String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        return byName.values().stream()
                .filter(e -> e.kind() == ActorKind.STATE && countryCode.equalsIgnoreCase(e.country()))
                .findFirst();
    }
}
