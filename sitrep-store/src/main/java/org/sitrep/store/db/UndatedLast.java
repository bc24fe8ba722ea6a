package org.sitrep.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.PageRequest;

/**
 * Pages of row ids sorted by date with the undated rows last, read as two parts each in an index's
 * order (the dated rows, then the undated ones) and counted on that index. Sorting instead made
 * every page read and sort the whole table (no H2 index keeps NULLS LAST order), and in a
 * repeatable-read transaction H2 counts a table by reading every row: paging through a large
 * store cost pages x store.
 *
 * @param countDated   counts the dated rows
 * @param countUndated counts the undated rows
 * @param datedIds     the ids of the dated rows in order, with LIMIT ? OFFSET ?
 * @param undatedIds   the ids of the undated rows in order, with LIMIT ? OFFSET ?
 */
public record UndatedLast(String countDated, String countUndated, String datedIds, String undatedIds) {

    public IdPage page(Connection c, PageRequest page) throws SQLException {
        long dated = Sql.count(c, countDated, List.of());
        long undated = Sql.count(c, countUndated, List.of());
        List<Long> ids = new ArrayList<>(page.limit());
        if (page.offset() < dated) {
            ids.addAll(Sql.list(c, datedIds, List.of(page.limit(), page.offset()), rs -> rs.getLong(1)));
        }
        if (ids.size() < page.limit() && page.offset() + ids.size() < dated + undated) {
            long undatedOffset = Math.max(0, page.offset() - dated);
            ids.addAll(Sql.list(c, undatedIds, List.of(page.limit() - ids.size(), undatedOffset),
                    rs -> rs.getLong(1)));
        }
        return new IdPage(dated + undated, ids);
    }
}
