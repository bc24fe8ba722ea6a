package org.sitrep.server.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.AccessGuard;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.server.view.IncidentView;
import org.sitrep.server.view.PageView;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.Deletion;
import org.sitrep.store.review.EventFields;
import org.sitrep.store.review.ReviewAction;
import org.sitrep.store.review.ReviewQueue;
import org.sitrep.store.review.ReviewState;
import org.sitrep.store.review.Revision;
import org.sitrep.store.user.Role;

/**
 * Analyst review over HTTP: {@code POST /api/events/{id}/review} (confirm, correct, reject, merge,
 * split; an analyst's token), {@code GET /api/events/{id}/history}, {@code GET /api/review/queue}
 * and {@code GET /api/events/deleted?since=} for incremental sync.
 */
public final class ReviewApi {
    private static final Set<String> BODY = Set.of("action", "changes", "reason", "event", "claim");

    /** A decision as posted. */
    record Decision(String action, Map<String, Object> changes, String reason, Long event, Long claim) {
    }

    /** The history of one event, with where it stands now. */
    public record History(long id, String status, String reviewer, int corrections, Long mergedInto,
            EventFields reviewed, EventFields pending, List<Revision> revisions) {
    }

    /** One event of the queue, with why a person should look at it. */
    public record QueueEntry(double score, List<String> reasons, IncidentView event) {
    }

    public record Deletions(Instant since, List<Deletion> deleted) {
    }

    private final Store store;
    private final AccessGuard guard;
    private final IncidentSummaries summaries;

    public ReviewApi(Store store, AccessGuard guard, IncidentSummaries summaries) {
        this.store = store;
        this.guard = guard;
        this.summaries = summaries;
    }

    public void review(Context ctx) {
        AccessGuard.Principal who = guard.requireRole(ctx, Role.ANALYST, "reviewing events");
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        long id = Ids.number(ctx.pathParam("id"), "event");
        Decision d = decision(ctx);
        long shown = outcome(() -> switch (d.action()) {
            case "confirm" -> store.reviews().review(id, ReviewAction.CONFIRM, d.changes(), who.name(), d.reason())
                    .eventId();
            case "correct" -> store.reviews().review(id, ReviewAction.CORRECT, d.changes(), who.name(), d.reason())
                    .eventId();
            case "reject" -> store.reviews().review(id, ReviewAction.REJECT, d.changes(), who.name(), d.reason())
                    .eventId();
            case "merge" -> store.reviews().merge(id, required(d.event(), "merge", "event"), who.name(), d.reason())
                    .eventId();
            case "split" -> store.reviews().split(id, required(d.claim(), "split", "claim"), who.name(), d.reason())
                    .eventId();
            default -> throw ApiException.badRequest("'action' is confirm, correct, reject, merge or split, not '"
                    + Filters.clip(d.action()) + "'");
        });
        IncidentView view = store.incidents().get(shown)
                .map(i -> IncidentView.detail(i).withReview(store.reviews().state(shown).orElse(null)))
                .orElseThrow(() -> ApiException.notFound("no event " + shown));
        ctx.status(d.action().equals("split") ? 201 : 200);
        Responses.json(ctx, view);
    }

    public void history(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        long id = Ids.number(ctx.pathParam("id"), "event");
        Optional<ReviewState> state = store.reviews().state(id);
        List<Revision> revisions = store.reviews().history(id);
        if (state.isEmpty()) {
            // never reviewed: its history is the machine's reading as it stands
            Incident incident = store.incidents().get(id)
                    .orElseThrow(() -> ApiException.notFound("no event " + id));
            EventFields now = EventFields.of(incident.summary(), incident.fatalitiesLow());
            String version = store.reviews().extractorVersion(id).orElse(null);
            Responses.json(ctx, new History(id, "extracted", null, 0, null, now, null,
                    List.of(new Revision(0, id, null, "extractor", "extracted", null, now, null, version))));
            return;
        }
        ReviewState s = state.get();
        Responses.json(ctx, new History(id, s.status().label(), s.reviewer(), s.corrections(), s.mergedInto(),
                s.reviewed(), s.pending(), revisions));
    }

    public void queue(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Filters.PAGING);
        PageRequest request = Filters.page(params);
        Page<ReviewQueue.Entry> page = store.reviews().queue().page(request);
        Map<Long, IncidentView> views = new java.util.HashMap<>();
        summaries.byIds(page.items().stream().map(ReviewQueue.Entry::eventId).toList()).forEach(v -> views.put(v.id(), v));
        Responses.json(ctx, PageView.of(page, e -> new QueueEntry(e.score(), e.reasons(), views.get(e.eventId()))));
    }

    public void deleted(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("since"));
        Instant since = ReviewFilters.instant(params, "since");
        if (since == null) {
            throw ApiException.badRequest("'since' is required: an instant like 2026-12-04T17:00:00Z or a date");
        }
        Responses.json(ctx, new Deletions(since, store.reviews().deletedSince(since)));
    }

    private static Decision decision(Context ctx) {
        Map<String, Object> body;
        try {
            body = SitrepJson.mapper().readValue(ctx.bodyAsBytes(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw ApiException.badRequest("the body must be a JSON object {\"action\", \"changes\", \"reason\"}");
        }
        if (body == null) {
            throw ApiException.badRequest("the body must be a JSON object {\"action\", \"changes\", \"reason\"}");
        }
        for (String key : body.keySet()) {
            if (!BODY.contains(key)) {
                throw ApiException.badRequest("unknown field '" + Filters.clip(key) + "' (known: action, changes, claim,"
                        + " event, reason)");
            }
        }
        if (!(body.get("action") instanceof String action)) {
            throw ApiException.badRequest("'action' is required: confirm, correct, reject, merge or split");
        }
        Object changes = body.get("changes");
        if (changes != null && !(changes instanceof Map)) {
            throw ApiException.badRequest("'changes' must be an object of field: value");
        }
        Object reason = body.get("reason");
        if (reason != null && !(reason instanceof String)) {
            throw ApiException.badRequest("'reason' must be a string");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = changes == null ? Map.of() : (Map<String, Object>) changes;
        return new Decision(action, fields, (String) reason, number(body.get("event"), "event"),
                number(body.get("claim"), "claim"));
    }

    private static Long number(Object v, String name) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.longValue() == n.doubleValue() && n.longValue() > 0) {
            return n.longValue();
        }
        throw ApiException.badRequest("'" + name + "' must be an id, a positive whole number");
    }

    private static long required(Long v, String action, String name) {
        if (v == null) {
            throw ApiException.badRequest("'" + action + "' needs '" + name + "'");
        }
        return v;
    }

    /** Runs a decision, turning the store's refusals into answers: 400, 404, 409. */
    private static long outcome(Supplier<Long> decision) {
        try {
            return decision.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(409, "conflict", e.getMessage());
        }
    }
}
