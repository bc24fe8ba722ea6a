package org.sitrep.server.live;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * One open {@code text/event-stream} response: frames are written as UTF-8 and flushed at once.
 * The request's thread is released (the response stays open as an async request) until the
 * connection is closed or a write fails (the client went away).
 */
final class SseConnection {
    private final OutputStream out;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private SseConnection(OutputStream out) {
        this.out = out;
    }

    /** Sends the stream's headers and keeps the response open. */
    static SseConnection open(Context ctx) throws IOException {
        ctx.status(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().setHeader("Cache-Control", "no-store");
        // nginx would otherwise buffer the stream
        ctx.res().setHeader("X-Accel-Buffering", "no");
        SseConnection c = new SseConnection(ctx.res().getOutputStream());
        ctx.future(() -> c.done);
        return c;
    }

    synchronized void write(String frames) throws IOException {
        if (done.isDone()) {
            throw new IOException("stream closed");
        }
        try {
            out.write(frames.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    boolean closed() {
        return done.isDone();
    }

    /** Ends the response (the client reconnects with its last id when it wants more). */
    void close() {
        done.complete(null);
    }
}
