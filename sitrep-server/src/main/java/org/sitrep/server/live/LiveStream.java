package org.sitrep.server.live;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.store.change.ChangeLog;

/**
 * {@code GET /api/stream}: server-sent events announcing each change of the store ({@code added},
 * {@code changed}, {@code removed}, {@code control}), each with its sequence number as {@code id:}.
 * A client that sends {@code Last-Event-ID} (or {@code ?since=N}) first gets every change after it;
 * without, only what comes next. The first frame, {@code ready}, carries the position it starts
 * from as its id, so a client that reconnects before any change misses none.
 */
public final class LiveStream implements AutoCloseable {
    private static final Set<String> PARAMS = Set.of("since");

    private final ChangeFeed feed;
    private final StreamHub hub;

    public LiveStream(ChangeLog log, IncidentSummaries summaries, LiveOptions options) {
        this.feed = new ChangeFeed(log, new ChangeRenderer(summaries), options);
        this.hub = new StreamHub(feed, options);
        feed.listen(hub);
    }

    /** Also tells {@code listener} of every change the stream announces (alerts). */
    public void listen(ChangeListener listener) {
        feed.listen(listener);
    }

    public void start() {
        feed.start();
        hub.start();
    }

    /** Streams currently open. */
    public int clients() {
        return hub.clients();
    }

    public void stream(Context ctx) throws IOException {
        Filters.requireKnown(ctx.queryParamMap(), PARAMS);
        String resume = ctx.header("Last-Event-ID");
        if (resume == null || resume.isBlank()) {
            resume = ctx.queryParam("since");
        }
        long head = feed.head();
        long cursor = resume == null || resume.isBlank() ? head : Math.min(sequence(resume), head);
        if (!hub.tryReserve()) {
            throw new ApiException(503, "unavailable", "too many open streams; try again later");
        }
        try {
            SseConnection connection = SseConnection.open(ctx);
            connection.write("retry: 3000\nid: " + cursor + "\nevent: ready\ndata: {\"seq\":" + cursor + "}\n\n");
            hub.add(connection, cursor);
        } catch (IOException | RuntimeException e) {
            hub.release();
            throw e;
        }
    }

    private static long sequence(String value) {
        try {
            long seq = Long.parseLong(value.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw ApiException.badRequest("Last-Event-ID (or 'since') is a change's sequence number, not '"
                + Filters.clip(value) + "'");
    }

    @Override
    public void close() {
        hub.close();
        feed.close();
    }
}
