package org.sitrep.store.sources;

import java.util.List;

/**
 * One source of the registry.
 *
 * @param favours the side key it favours (as the actor dictionaries name sides), or null
 * @param owner   who owns or runs it (sources with one owner are not independent), or null
 * @param relays  the names of sources whose copy it routinely relays
 */
public record SourceEntry(String name, List<String> aliases, SourceKind kind, String favours, String owner,
        List<String> relays) {

    public SourceEntry {
        aliases = List.copyOf(aliases);
        relays = List.copyOf(relays);
    }
}
