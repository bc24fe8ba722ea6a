package org.sitrep.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.sitrep.server.Filters;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of this API, kept as a resource file. */
public final class OpenApi {
    public static final String RESOURCE = "/org/sitrep/server/openapi.json";

    private final byte[] document;

    public OpenApi() {
        this.document = load();
    }

    public void get(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        Responses.bytes(ctx, document, Responses.JSON);
    }

    static byte[] load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
