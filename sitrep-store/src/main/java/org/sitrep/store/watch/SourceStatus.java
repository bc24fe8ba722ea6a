package org.sitrep.store.watch;

/** A source of the list beside what its polls found, as {@code source list} and {@code /api/sources} show it. */
public record SourceStatus(Source source, SourceState state) {
}
