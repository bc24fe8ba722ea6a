package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sitrep.store.event.Admin2FromJson;

/**
 * The admin2 columns V10 added, filled for the events stored before it ({@link Admin2FromJson}):
 * in Java because H2's and PostgreSQL's JSON functions differ.
 */
public class V10_1__event_admin2_from_json extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Admin2FromJson.fill(context.getConnection());
    }
}
