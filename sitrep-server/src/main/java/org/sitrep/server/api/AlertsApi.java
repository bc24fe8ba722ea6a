package org.sitrep.server.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.AccessGuard;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.store.Store;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.alert.Delivery;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.user.Role;

/**
 * A signed-in user's watch lists: {@code GET /api/alerts} (their rules and latest alerts; an
 * admin sees everyone's), {@code POST /api/alerts} (a rule, as {@code sitrep alert add} takes it)
 * and {@code DELETE /api/alerts/{id}}.
 */
public final class AlertsApi {
    private static final Set<String> BODY = Set.of("place", "actor", "bbox", "min_deaths", "changes_of_control",
            "webhook");
    private static final int RECENT = 50;

    /** A rule as the API shows it. */
    public record RuleView(long id, String owner, String watches, String place, String actor, BoundingBox bbox,
            Integer minDeaths, boolean changesOfControl, String webhook, Instant createdAt) {
        static RuleView of(AlertRule r) {
            return new RuleView(r.id(), r.owner(), r.describe(), r.place(), r.actor(), r.bbox(), r.minDeaths(),
                    r.changesOfControl(), r.webhook(), r.createdAt());
        }
    }

    /** An alert sent (or being sent) as the map's alert list shows it. */
    public record AlertView(long id, long alertId, long eventId, String status, int attempts, String lastError,
            Instant createdAt, Instant deliveredAt) {
        static AlertView of(Delivery d) {
            return new AlertView(d.id(), d.alertId(), d.eventId(), d.status(), d.attempts(), d.lastError(),
                    d.createdAt(), d.deliveredAt());
        }
    }

    public record Alerts(List<RuleView> rules, List<AlertView> recent) {
    }

    private final Store store;
    private final AccessGuard guard;

    public AlertsApi(Store store, AccessGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    /** Whose rules the request may see and change: its user's, or everyone's for an admin. */
    private String owner(AccessGuard.Principal who) {
        return who.role() == Role.ADMIN ? null : who.name();
    }

    public void list(Context ctx) {
        AccessGuard.Principal who = guard.requireRole(ctx, Role.VIEWER, "watch lists");
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        String owner = owner(who);
        Responses.json(ctx, new Alerts(store.alerts().rules(owner).stream().map(RuleView::of).toList(),
                store.alerts().recent(owner, RECENT).stream().map(AlertView::of).toList()));
    }

    public void add(Context ctx) {
        AccessGuard.Principal who = guard.requireRole(ctx, Role.VIEWER, "watch lists");
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        Map<String, Object> body = body(ctx);
        AlertRule draft;
        try {
            String box = text(body, "bbox");
            draft = AlertRule.draft(who.name(), text(body, "place"), text(body, "actor"),
                    box == null ? null : BoundingBox.parse(box), minDeaths(body.get("min_deaths")),
                    Boolean.TRUE.equals(flag(body.get("changes_of_control"))), text(body, "webhook"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.status(201);
        Responses.json(ctx, RuleView.of(store.alerts().add(draft)));
    }

    public void remove(Context ctx) {
        AccessGuard.Principal who = guard.requireRole(ctx, Role.VIEWER, "watch lists");
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        long id = Ids.number(ctx.pathParam("id"), "alert");
        if (!store.alerts().remove(id, owner(who))) {
            throw ApiException.notFound("no alert " + id + " of " + who.name());
        }
        ctx.status(204);
    }

    private static Map<String, Object> body(Context ctx) {
        Map<String, Object> body;
        try {
            body = SitrepJson.mapper().readValue(ctx.bodyAsBytes(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            body = null;
        }
        if (body == null) {
            throw ApiException.badRequest("the body must be a JSON object {\"place\" | \"actor\" | \"bbox\", "
                    + "\"min_deaths\", \"changes_of_control\", \"webhook\"}");
        }
        for (String key : body.keySet()) {
            if (!BODY.contains(key)) {
                throw ApiException.badRequest("unknown field '" + Filters.clip(key) + "' (known: " + String.join(", ",
                        BODY.stream().sorted().toList()) + ")");
            }
        }
        return body;
    }

    private static String text(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw ApiException.badRequest("'" + name + "' must be a string");
    }

    private static Integer minDeaths(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Integer n) {
            return n;
        }
        throw ApiException.badRequest("'min_deaths' must be a whole number");
    }

    private static Boolean flag(Object v) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw ApiException.badRequest("'changes_of_control' must be true or false");
    }
}
