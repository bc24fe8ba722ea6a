package org.sitrep.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.InputStream;
import org.sitrep.json.SitrepJson;

/** Writes response bodies with the shared mapper (snake_case, ISO dates, nulls kept). */
public final class Responses {
    public static final String JSON = "application/json";
    /**
     * gzip's fastest level, for answers compressed as they are sent: they go to browsers near by, where
     * CPU costs more than bytes.
     */
    public static final int GZIP_LEVEL = 1;
    /** The size from which the server compresses answers (Javalin's default). */
    static final int COMPRESSED_FROM = 1500;

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

    /**
     * A kept answer: compressed as it was kept when the client takes gzip and the answer is larger than
     * what the server would compress (the server then leaves it as it is), else as it is.
     */
    public static void kept(Context ctx, KeptAnswer answer, String contentType) {
        if (answer.plain().length > COMPRESSED_FROM && takesGzip(ctx)) {
            gzipped(ctx, answer.gzipped(), contentType);
        } else {
            bytes(ctx, answer.plain(), contentType);
        }
    }

    /** Whether the client takes gzip. */
    static boolean takesGzip(Context ctx) {
        return AcceptEncoding.takesGzip(ctx.header("Accept-Encoding"));
    }

    /** A body compressed already: the server, seeing its Content-Encoding, leaves it as it is. */
    static void gzipped(Context ctx, byte[] body, String contentType) {
        ctx.header("Content-Encoding", "gzip");
        ctx.header("Vary", "Accept-Encoding");
        bytes(ctx, body, contentType);
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
