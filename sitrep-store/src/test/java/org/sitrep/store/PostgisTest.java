package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.store.db.Sql;

/** On PostgreSQL with PostGIS, events and incidents also carry a point geometry for GIS tools. */
class PostgisTest {
    private final String[] schema = new String[1];
    private Store store;

    @BeforeEach
    void open() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        store = Store.open(PostgresTestDatabase.freshSchemaUrl(schema));
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
        PostgresTestDatabase.dropSchema(schema[0]);
    }

    @Test
    void placedEventsGetAPointAndUnplacedOnesNone() {
        store.reports().ingest(report("a", "Outlet A", Fixtures.NOV_14, "text"), r -> List.of(
                event().build(),
                event().at(Fixtures.place("Nowhere Known", "Idlib", null, null)).build()));
        List<String> points = store.database().read(c -> Sql.list(c,
                "SELECT public.ST_AsText(geom) FROM event ORDER BY seq", List.of(), rs -> rs.getString(1)));
        assertEquals(java.util.Arrays.asList("POINT(36.6 35.5)", null), points);
        long placedIncidents = store.database().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM incident WHERE public.ST_Y(geom) = 35.5", List.of()));
        assertEquals(1, placedIncidents);
    }
}
