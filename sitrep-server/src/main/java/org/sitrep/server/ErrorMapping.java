package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;

/**
 * Every failure as {@code {error, detail}} JSON: refused requests with their status, Javalin's own
 * errors (no route, wrong method, body too large) alike, and unexpected failures as a 500 whose
 * cause goes to the server log only.
 */
final class ErrorMapping {
    private ErrorMapping() {
    }

    static void install(Javalin app, Logger log) {
        app.exception(ApiException.class, (e, ctx) -> SitrepServer.writeError(ctx, e.status(), e.error(), e.detail()));
        app.exception(BadParameterException.class,
                (e, ctx) -> SitrepServer.writeError(ctx, 400, "bad_request", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String detail = switch (status) {
                case 404 -> nothingAt(ctx);
                case 405 -> notAllowed(ctx);
                default -> status >= 500 ? "internal error" : e.getMessage();
            };
            SitrepServer.writeError(ctx, status, code(status), detail);
        });
        app.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            SitrepServer.writeError(ctx, 500, "internal_error", "internal error (the server log has the cause)");
        });
        // statuses set without a body: no route, no static file, a method the path does not take
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                SitrepServer.writeError(ctx, 404, "not_found", nothingAt(ctx));
            }
        });
        app.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                SitrepServer.writeError(ctx, 405, "method_not_allowed", notAllowed(ctx));
            }
        });
    }

    private static String nothingAt(Context ctx) {
        return "nothing at " + ctx.method() + " " + Filters.clip(ctx.path());
    }

    private static String notAllowed(Context ctx) {
        return ctx.method() + " is not allowed on " + Filters.clip(ctx.path());
    }

    /** A stable error code for a status: "payload_too_large" for 413. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }
}
