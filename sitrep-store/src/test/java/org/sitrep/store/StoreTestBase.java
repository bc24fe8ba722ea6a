package org.sitrep.store;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.report.IngestResult;

/** A store on an empty database for each test; subclasses say which database. */
abstract class StoreTestBase {
    protected Store store;
    protected String url;

    /** A JDBC URL of an empty database for one test. */
    protected abstract String freshUrl() throws Exception;

    /** Removes what {@link #freshUrl()} made, after the store is closed. */
    protected void dispose() throws Exception {
    }

    @BeforeEach
    void openStore() throws Exception {
        url = freshUrl();
        store = Store.open(url);
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
        dispose();
    }

    protected IngestResult ingest(Report r, Event... events) {
        return store.reports().ingest(r, x -> List.of(events));
    }
}
