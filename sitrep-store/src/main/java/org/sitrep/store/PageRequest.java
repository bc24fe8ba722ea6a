package org.sitrep.store;

/**
 * Which slice of a sorted result to return.
 *
 * @param offset rows to skip, from 0
 * @param limit  rows to return, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "], not " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
