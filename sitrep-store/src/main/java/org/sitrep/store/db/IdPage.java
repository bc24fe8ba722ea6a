package org.sitrep.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.PageRequest;

/**
 * The ids of one page of rows, and how many rows all pages hold: what a page of a listing reads
 * first, before the rows themselves.
 */
public record IdPage(long total, List<Long> ids) {

    /**
     * Reads a page with {@code count} (all rows) and {@code ids} (the ids in order, ending with
     * {@code LIMIT ? OFFSET ?}), both taking {@code params}.
     */
    public static IdPage read(Connection c, String count, String ids, List<Object> params, PageRequest page)
            throws SQLException {
        List<Object> withPage = new ArrayList<>(params);
        withPage.add(page.limit());
        withPage.add(page.offset());
        return new IdPage(Sql.count(c, count, params), Sql.list(c, ids, withPage, rs -> rs.getLong(1)));
    }
}
