package org.sitrep.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.InputStream;
import org.sitrep.json.SitrepJson;

/** Writes response bodies with the shared mapper (snake_case, ISO dates, nulls kept). */
public final class Responses {
    public static final String JSON = "application/json";

    private Responses() {
    }

    public static void json(Context ctx, Object body) {
        json(ctx, body, JSON);
    }

    public static void json(Context ctx, Object body, String contentType) {
        bytes(ctx, toBytes(body), contentType);
    }

    public static void bytes(Context ctx, byte[] body, String contentType) {
        ctx.contentType(contentType + "; charset=utf-8");
        ctx.result(body);
    }

    /** A body sent as it is read: the length is not known before (chunked). */
    public static void stream(Context ctx, InputStream body, String contentType) {
        ctx.contentType(contentType + "; charset=utf-8");
        ctx.result(body);
    }

    public static byte[] toBytes(Object body) {
        try {
            return SitrepJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write response of " + body.getClass().getSimpleName(), e);
        }
    }
}
