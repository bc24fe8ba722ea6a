package org.sitrep.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.AccessGuard;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.store.Store;
import org.sitrep.store.user.Role;
import org.sitrep.store.watch.Interval;
import org.sitrep.store.watch.Source;
import org.sitrep.store.watch.SourceKind;
import org.sitrep.store.watch.SourceList;
import org.sitrep.store.watch.SourceState;
import org.sitrep.store.watch.SourceStatus;

/**
 * {@code /api/sources}: the sources watched (DATA/sources.tsv) with what their polls found; adding
 * and removing one is an admin's right, as {@code sitrep source add|remove} is the machine owner's.
 */
public final class WatchedSourcesApi {
    private static final long MAX_BODY = 64 * 1024;

    /** One source as the API shows it. */
    public record SourceView(String url, String name, String every, String kind, Instant lastFetch, String status,
            Integer httpStatus, int newItems, long totalItems, String lastError, int failures, Instant nextDue) {
        static SourceView of(SourceStatus s) {
            SourceState st = s.state();
            return new SourceView(s.source().url(), s.source().name(), Interval.format(s.source().every()),
                    s.source().kind().label(), st.lastFetch(), st.status(), st.httpStatus(), st.newItems(),
                    st.totalItems(), st.lastError(), st.failures(), st.nextDue());
        }
    }

    public record SourceListView(List<SourceView> sources) {
    }

    private final Store store;
    private final SourceList sources;
    private final AccessGuard guard;

    /** @param sources the data directory's list; null when the server has none (no source can be added) */
    public WatchedSourcesApi(Store store, SourceList sources, AccessGuard guard) {
        this.store = store;
        this.sources = sources;
        this.guard = guard;
    }

    public void list(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        Responses.json(ctx, new SourceListView(statuses()));
    }

    private List<SourceView> statuses() {
        if (sources == null) {
            return List.of();
        }
        try {
            return store.watch().statuses(sources.read()).stream().map(SourceView::of).toList();
        } catch (IllegalArgumentException e) {
            // the user's file has a line it cannot read: say which, rather than a bare 500
            throw new ApiException(500, "sources_file_unreadable", e.getMessage());
        }
    }

    /** A JSON object {@code {"url", "name", "every", "kind"}}; only the URL is required. */
    public void add(Context ctx) {
        guard.requireRole(ctx, Role.ADMIN, "managing sources");
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        JsonNode body;
        try {
            body = SitrepJson.mapper().readTree(IngestApi.body(ctx, MAX_BODY));
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not JSON: post {\"url\": ..., \"name\": ..., \"every\": \"10m\", "
                    + "\"kind\": \"feed\"}");
        }
        if (body == null || !body.isObject() || !body.hasNonNull("url")) {
            throw ApiException.badRequest("the body needs an object with a \"url\"");
        }
        Source source;
        try {
            String every = text(body, "every");
            String kind = text(body, "kind");
            source = new Source(text(body, "url"), text(body, "name"), every == null ? null : Interval.parse(every),
                    kind == null ? null : SourceKind.of(kind));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (sources == null) {
            throw ApiException.forbidden("this server has no data directory to keep sources in");
        }
        boolean added = sources.add(source);
        ctx.status(added ? 201 : 200);
        Responses.json(ctx, SourceView.of(new SourceStatus(source, store.watch().state(source.url()))));
    }

    /** {@code DELETE /api/sources?url=URL}. */
    public void remove(Context ctx) {
        guard.requireRole(ctx, Role.ADMIN, "managing sources");
        Filters.requireKnown(ctx.queryParamMap(), Set.of("url"));
        String url = Filters.value(ctx.queryParamMap(), "url");
        if (url == null) {
            throw ApiException.badRequest("url is required: DELETE /api/sources?url=URL");
        }
        if (sources == null || !sources.remove(url)) {
            throw ApiException.notFound("no source " + url);
        }
        store.watch().forget(url.strip());
        ctx.status(204);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
