package org.sitrep.store.review;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's trigger on {@code revision}: the history refuses every UPDATE and DELETE (migration V6_1). */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("revision is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
