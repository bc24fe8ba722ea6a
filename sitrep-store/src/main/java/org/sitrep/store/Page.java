package org.sitrep.store;

import java.util.List;

/**
 * One slice of a sorted result.
 *
 * @param items  the rows of this slice, in order
 * @param total  how many rows the whole result has
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
