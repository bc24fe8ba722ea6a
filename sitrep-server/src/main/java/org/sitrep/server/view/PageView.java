package org.sitrep.server.view;

import java.util.List;
import java.util.function.Function;
import org.sitrep.store.Page;

/**
 * One page of a list: {@code page} counts from 1; {@code total} is the number of rows all pages hold.
 */
public record PageView<T>(List<T> items, long total, int page, int size, long pages) {

    public static <S, T> PageView<T> of(Page<S> p, Function<S, T> view) {
        int size = p.limit();
        return new PageView<>(p.items().stream().map(view).toList(), p.total(), p.offset() / size + 1, size,
                (p.total() + size - 1) / size);
    }
}
