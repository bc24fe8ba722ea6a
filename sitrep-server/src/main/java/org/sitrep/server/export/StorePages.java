package org.sitrep.server.export;

import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;

/** Walks every row of a paged store query, a page at a time (memory stays flat whatever the size). */
final class StorePages {
    static final int PAGE = 1000;

    private StorePages() {
    }

    static <T> void each(Function<PageRequest, Page<T>> fetch, int size, Consumer<T> each) {
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<T> page = fetch.apply(request);
            page.items().forEach(each);
            if (!page.hasMore() || page.items().isEmpty()) {
                return;
            }
            request = request.next();
        }
    }
}
