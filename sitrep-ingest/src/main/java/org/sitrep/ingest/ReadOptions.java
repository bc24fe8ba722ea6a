package org.sitrep.ingest;

import java.time.Duration;
import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param fallbackDate   the published date of a report that has no date anywhere (the user's
 *                       {@code --date}); null leaves such reports undated
 * @param boilerplate    the patterns of lines to drop
 * @param maxFileBytes   local files larger than this are refused
 * @param maxFetchBytes  downloads larger than this are refused
 * @param connectTimeout time to open a connection
 * @param fetchTimeout   time for a whole download
 * @param maxFeedItems   how many items of an RSS/Atom feed are fetched
 */
public record ReadOptions(LocalDate fallbackDate, Boilerplate boilerplate, long maxFileBytes, long maxFetchBytes,
        Duration connectTimeout, Duration fetchTimeout, int maxFeedItems) {
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_FETCH_BYTES = 20L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(null, Boilerplate.defaults(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FETCH_BYTES,
                Duration.ofSeconds(10), Duration.ofSeconds(30), 100);
    }

    public ReadOptions withFallbackDate(LocalDate date) {
        return new ReadOptions(date, boilerplate, maxFileBytes, maxFetchBytes, connectTimeout, fetchTimeout,
                maxFeedItems);
    }

    public ReadOptions withBoilerplate(Boilerplate patterns) {
        return new ReadOptions(fallbackDate, patterns, maxFileBytes, maxFetchBytes, connectTimeout, fetchTimeout,
                maxFeedItems);
    }

    public ReadOptions withMaxFileBytes(long bytes) {
        return new ReadOptions(fallbackDate, boilerplate, bytes, maxFetchBytes, connectTimeout, fetchTimeout,
                maxFeedItems);
    }

    public ReadOptions withFetchLimits(long maxBytes, Duration connect, Duration whole) {
        return new ReadOptions(fallbackDate, boilerplate, maxFileBytes, maxBytes, connect, whole, maxFeedItems);
    }
}
