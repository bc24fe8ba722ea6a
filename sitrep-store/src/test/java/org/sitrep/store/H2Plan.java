package org.sitrep.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.sitrep.store.db.Sql;

/** The plan H2 chooses for a query, on an empty store of the current schema. */
public final class H2Plan {
    private H2Plan() {
    }

    public static String of(Path dataDir, String sql, List<Object> params) {
        try (Store store = Store.openDataDir(dataDir)) {
            return store.database().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                    Sql.bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
        }
    }
}
