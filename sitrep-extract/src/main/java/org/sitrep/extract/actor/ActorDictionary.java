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
 * add to earlier ones; a row with the same canonical name and conflict replaces the earlier row.
 * One actor may have a row in several conflicts' files (Russian forces are on Syria's government
 * side and on Russia's side in Ukraine): each is a variant, chosen by the conflict of the report.
 */
public final class ActorDictionary {
    /** The bundled dictionaries are listed, in load order, in this data file. */
    private static final String INDEX = "actors/index.txt";

    private final Map<String, ActorEntry> byName;

    /** Canonical names with rows in several conflicts. */
    private final java.util.Set<String> varying;

    /** Each conflict's sides, in the order its file declares them. */
    private final Map<String, List<ConflictSide>> sides;

    /** Each conflict's rows by alias, lower case: what a name means in that war. */
    private final Map<String, ActorEntry> byWarAlias = new HashMap<>();
    /** How many conflicts' files list each alias (lower case). */
    private final Map<String, Integer> warsByAlias = new HashMap<>();

    private ActorDictionary(Map<String, ActorEntry> byName, Map<String, List<ConflictSide>> sides) {
        this.byName = byName;
        this.sides = sides;
        for (ActorEntry e : byName.values()) {
            if (e.conflictCountry() != null) {
                for (String alias : e.aliases()) {
                    String lower = alias.toLowerCase(java.util.Locale.ROOT);
                    if (byWarAlias.putIfAbsent(key(lower, e.conflictCountry()), e) == null) {
                        warsByAlias.merge(lower, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> conflicts = new HashMap<>();
        byName.values().forEach(e -> conflicts.merge(e.name(), 1, Integer::sum));
        this.varying = conflicts.entrySet().stream().filter(c -> c.getValue() > 1).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static ActorDictionary bundled() {
        return load(List.of());
    }

    /** The bundled dictionaries plus the given files (a user's own conflicts or corrections). */
    public static ActorDictionary load(List<Path> extraFiles) {
        Map<String, ActorEntry> rows = new java.util.LinkedHashMap<>();
        Map<String, List<ConflictSide>> sides = new java.util.LinkedHashMap<>();
        for (String name : bundledFiles()) {
            parse(Resources.rawLines(name), name, rows, sides);
        }
        for (Path file : extraFiles) {
            try {
                parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), rows, sides);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read actor dictionary", e);
            }
        }
        return new ActorDictionary(rows, sides);
    }

    /** The bundled dictionary files, in load order, from the index. */
    public static List<String> bundledFiles() {
        return Resources.lines(INDEX).stream().map(f -> "actors/" + f).toList();
    }

    private static String key(String name, String conflictCountry) {
        return name + '\u0000' + (conflictCountry == null ? "" : conflictCountry);
    }

    private static void parse(List<String> lines, String origin, Map<String, ActorEntry> rows,
                              Map<String, List<ConflictSide>> declaredSides) {
        String conflictCountry = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#! country ")) {
                conflictCountry = line.substring("#! country ".length()).strip().toUpperCase(java.util.Locale.ROOT);
                continue;
            }
            if (line.startsWith("#! side ")) {
                String[] f = line.substring("#! side ".length()).split("\t");
                if (conflictCountry == null || f.length != 3 || !f[1].strip().matches("#[0-9a-fA-F]{6}")) {
                    throw new IllegalArgumentException(origin + ":" + (i + 1) + ": expected '#! side KEY<TAB>#RRGGBB<TAB>"
                            + "label' after '#! country XX'");
                }
                List<ConflictSide> declared = declaredSides.computeIfAbsent(conflictCountry, k -> new ArrayList<>());
                String key = f[0].strip();
                declared.removeIf(d -> d.key().equals(key));
                declared.add(new ConflictSide(key, f[1].strip().toLowerCase(java.util.Locale.ROOT), f[2].strip()));
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
            put(rows, e);
        }
    }

    /**
     * A row of a conflict replaces that conflict's row of the name; a row of no conflict (a user's
     * correction file) replaces every conflict's row of the name, keeping the conflict it was in.
     */
    private static void put(Map<String, ActorEntry> rows, ActorEntry e) {
        if (e.conflictCountry() == null) {
            List<ActorEntry> same = rows.values().stream().filter(r -> r.name().equals(e.name())).toList();
            for (ActorEntry r : same) {
                rows.put(key(r.name(), r.conflictCountry()), new ActorEntry(e.name(), e.sides(), e.inter(), e.country(),
                        e.parent(), e.kind(), e.acled(), e.aliases(), r.conflictCountry()));
            }
            if (!same.isEmpty()) {
                return;
            }
        }
        rows.put(key(e.name(), e.conflictCountry()), e);
    }

    /** Whether {@code entry} is the row its name was first loaded with (others are read in another war). */
    public boolean isFirstRow(ActorEntry entry) {
        return byName(entry.name()).map(first -> first == entry).orElse(false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<ActorEntry> entries() {
        return List.copyOf(byName.values());
    }

    /** The sides of the conflict in that country (ISO code), as its dictionary declares them; empty if none. */
    public List<ConflictSide> sides(String countryCode) {
        return countryCode == null ? List.of()
                : List.copyOf(sides.getOrDefault(countryCode.toUpperCase(java.util.Locale.ROOT), List.of()));
    }

    /** The countries whose conflicts have a dictionary that declares sides. */
    public java.util.Set<String> conflicts() {
        return java.util.Collections.unmodifiableSet(sides.keySet());
    }

    /** The first loaded row of that canonical name (the universal rows have no other). */
    public Optional<ActorEntry> byName(String name) {
        return byName.values().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The row of {@code entry}'s actor in the conflict of {@code countryCode}, else {@code entry}. */
    public ActorEntry variant(ActorEntry entry, String countryCode) {
        if (countryCode == null || countryCode.equalsIgnoreCase(entry.conflictCountry())) {
            return entry;
        }
        ActorEntry v = byName.get(key(entry.name(), countryCode.toUpperCase(java.util.Locale.ROOT)));
        return v == null ? entry : v;
    }

    /**
     * The row of the actor the text names in the conflict of {@code countryCode}: its own row there,
     * else that war's row of the words used ("the coalition" is the US-led one in Syria and the
     * Saudi-led one in Yemen), else {@code entry}.
     */
    public ActorEntry variant(ActorEntry entry, String mention, String countryCode) {
        ActorEntry v = variant(entry, countryCode);
        if (v != entry || mention == null || countryCode == null || countryCode.equalsIgnoreCase(entry.conflictCountry())) {
            return v;
        }
        ActorEntry named = byWarAlias.get(key(mention.toLowerCase(java.util.Locale.ROOT),
                countryCode.toUpperCase(java.util.Locale.ROOT)));
        return named != null ? named : entry;
    }

    /**
     * What a description matched to one war's actor stands for in a text about another country
     * ("the regime" is Syria's army in Syria, a state's forces in Bahrain): the generic state row whose
     * ACLED name begins that actor's ("Police Forces" for Syria's police), or the unidentified armed
     * group for an armed non-state actor; empty for the rest (civilians, protesters are any war's).
     */
    public Optional<ActorEntry> genericOf(ActorEntry entry) {
        if (entry.inter() != null && entry.inter() == 1 && entry.acled() != null) {
            return byName.values().stream()
                    .filter(e -> e.isStateGeneric() && e.acled() != null && entry.acled().startsWith(e.acled()))
                    .max(java.util.Comparator.comparingInt(e -> e.acled().length()));
        }
        if (entry.inter() != null && entry.inter() >= 2 && entry.inter() <= 4) {
            return byName(UNIDENTIFIED_ARMED_GROUP);
        }
        return Optional.empty();
    }

    /** The common row of armed men nobody names. */
    public static final String UNIDENTIFIED_ARMED_GROUP = "Unidentified armed group";

    /** Whether the words name an actor in more than one war's file ("al-Qaeda": Syria's and Yemen's). */
    public boolean namesInSeveralWars(String mention) {
        return mention != null && warsByAlias.getOrDefault(mention.toLowerCase(java.util.Locale.ROOT), 0) > 1;
    }

    /** Whether the actor has rows in more than one conflict (its side depends on the war). */
    public boolean hasVariants(ActorEntry entry) {
        return varying.contains(entry.name());
    }

    /**
     * The forces of a country that a description names: ACLED's name of the description ("Police
     * Forces") followed by " of " and the country ("Police Forces of Ukraine (2019-)"), a state row
     * first; else the country's state forces.
     */
    public Optional<ActorEntry> forcesOf(ActorEntry description, String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        if (description.acled() != null) {
            String prefix = description.acled() + " of ";
            Optional<ActorEntry> named = byName.values().stream()
                    .filter(e -> countryCode.equalsIgnoreCase(e.country()) && e.acled() != null
                            && e.acled().startsWith(prefix))
                    .min(java.util.Comparator.comparing((ActorEntry e) -> e.kind() != ActorKind.STATE)
                            .thenComparing(e -> !countryCode.equalsIgnoreCase(e.conflictCountry()))
                            .thenComparing(e -> e.acled().length()));
            if (named.isPresent()) {
                return named;
            }
        }
        return stateForces(countryCode);
    }

    /**
     * The named state forces of a country (ISO code), if the dictionary has them: the row of that
     * country's own conflict first.
     */
    public Optional<ActorEntry> stateForces(String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        List<ActorEntry> states = byName.values().stream()
                .filter(e -> e.kind() == ActorKind.STATE && countryCode.equalsIgnoreCase(e.country()))
                .toList();
        return states.stream().filter(e -> countryCode.equalsIgnoreCase(e.conflictCountry())).findFirst()
                .or(() -> states.stream().findFirst());
    }
}
