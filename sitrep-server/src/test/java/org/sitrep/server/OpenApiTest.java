package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.api.OpenApi;
import org.sitrep.store.Store;

/** The OpenAPI document describes exactly the routes the server has, and every filter it takes. */
class OpenApiTest {
    @TempDir
    Path dataDir;

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApi.class.getResourceAsStream(OpenApi.RESOURCE)) {
            assertNotNull(in, OpenApi.RESOURCE);
            return SitrepJson.mapper().readTree(in);
        }
    }

    @Test
    void everyRouteIsDescribedAndNothingElse() throws Exception {
        JsonNode paths = document().get("paths");
        Set<String> described = new HashSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        Set<String> served = new HashSet<>();
        try (Store store = Store.openDataDir(dataDir)) {
            for (SitrepServer.Route r : new SitrepServer(ServerConfig.of(store, () -> x -> List.of())).routes()) {
                served.add(r.method() + " " + r.path());
            }
        }
        assertEquals(served, described);
    }

    @Test
    void everyEventFilterIsAParameterOfTheEventList() throws Exception {
        Set<String> documented = new HashSet<>();
        document().get("paths").get("/api/events").get("get").get("parameters")
                .forEach(p -> documented.add(p.get("name").asText()));
        assertTrue(documented.containsAll(Filters.EVENT_FILTERS), documented.toString());
        assertTrue(documented.containsAll(Filters.PAGING), documented.toString());
    }

    @Test
    void everyReferenceResolves() throws Exception {
        JsonNode doc = document();
        List<String> refs = doc.findValuesAsText("$ref");
        assertTrue(refs.size() > 20);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/"), ref);
            assertNotNull(doc.get("components").get("schemas").get(ref.substring("#/components/schemas/".length())),
                    ref);
        }
    }
}
