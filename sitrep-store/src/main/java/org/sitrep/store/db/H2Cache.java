package org.sitrep.store.db;

import java.util.Locale;

/**
 * How much of H2's page cache a process asks for, by what it mostly does with the store. H2 keeps
 * the pages it read decoded on the heap, and every page read stays there until the cache's size of
 * other pages has been read after it.
 */
public enum H2Cache {
    /**
     * A process that stores (ingest, bench, the commands that read a few rows): merging reads the
     * members of the incidents a report may join all over the event table; with H2's default 16 MB
     * those pages were read from the file again and again (80,700 reads in 500 bench reports; 30,400
     * with 128 MB, 96 % to 98 % hits). Measured before the candidates were kept between reports; in
     * 2026-12-08's alternated passes SERVING's cache stored neither slower nor clearly faster.
     */
    STORING(131_072),
    /**
     * A server: its own memory answers most requests (the event index, the control timelines, the
     * maps kept), and what it reads from H2 (the summaries of an event page) is spread over the
     * whole incident table, so that a large cache hits seldom and keeps every page read alive for
     * seconds: at 1,000,000 events those pages were most of what the young collections copied into
     * the old generation (pauses of 18-22 ms, 90 a minute). With 2 MB the B-tree's inner pages stay
     * and the pages read die young.
     */
    SERVING(2_048);

    private final int kilobytes;

    H2Cache(int kilobytes) {
        this.kilobytes = kilobytes;
    }

    /** The cache in KB, as H2's {@code CACHE_SIZE} takes it. */
    public int kilobytes() {
        return kilobytes;
    }

    /**
     * An H2 URL with this cache, unless it sets {@code CACHE_SIZE} itself (the user's choice stands);
     * other databases' URLs as they are.
     */
    public String appliedTo(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.toUpperCase(Locale.ROOT).contains(";CACHE_SIZE=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";CACHE_SIZE=" + kilobytes;
    }
}
