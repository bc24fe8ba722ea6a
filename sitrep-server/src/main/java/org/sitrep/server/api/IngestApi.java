package org.sitrep.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadResult;
import org.sitrep.server.AccessGuard;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.report.IngestOutcome;
import org.sitrep.store.report.IngestResult;
import org.sitrep.store.report.RefusedReportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/reports}: reads the posted report (text, markdown, HTML, JSON or JSON Lines),
 * extracts its events and stores both, as {@code sitrep ingest} does. Answers 201 when something
 * was stored, 200 when every report was already stored, 400 when none could be read. Each item of a
 * batch has its own status (201, 200, 400 for one that cannot be read or stored as it is, 500 for an
 * unexpected failure, whose cause goes to the log): one bad item never stops the others.
 */
public final class IngestApi {
    private final ServerConfig config;
    private final AccessGuard guard;
    private final Supplier<? extends Extractor> extractor;

    private static final Logger LOG = LoggerFactory.getLogger(IngestApi.class);

    /**
     * What storing one posted report did; {@code href} is where to read it, {@code relayOf} the report
     * it republishes, {@code warnings} what was changed to store it.
     */
    public record Stored(String id, int status, String outcome, int events, String relayOf, List<String> warnings,
            String href) {
    }

    /** A posted report that could not be read or stored, and why. */
    public record Failed(String input, int status, String problem) {
    }

    public record Outcome(List<Stored> stored, List<Failed> failed) {
    }

    public IngestApi(ServerConfig config, AccessGuard guard, Supplier<? extends Extractor> extractor) {
        this.config = config;
        this.guard = guard;
        this.extractor = extractor;
    }

    public void post(Context ctx) {
        guard.requireWrite(ctx);
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("id", "date"));
        LocalDate date = Filters.date(params, "date");
        PostedReports.Format format = PostedReports.Format.of(ctx.contentType());
        byte[] body = body(ctx, config.maxBodyBytes());
        if (body.length == 0) {
            throw ApiException.badRequest("the body is empty: post the report's text");
        }
        List<ReadResult> read = PostedReports.read(body, format, Filters.value(params, "id"),
                date == null ? config.readOptions() : config.readOptions().withFallbackDate(date));
        List<Stored> stored = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (ReadResult r : read) {
            if (!r.ok()) {
                failed.add(new Failed(r.input(), 400, r.problem()));
                continue;
            }
            try {
                IngestResult result = config.store().reports().ingest(r.report(), extractor.get()::extract);
                List<String> warnings = new ArrayList<>(r.warnings());
                warnings.addAll(result.warnings());
                stored.add(new Stored(result.reportId(), result.outcome() == IngestOutcome.UNCHANGED ? 200 : 201,
                        result.outcome().name().toLowerCase(Locale.ROOT), result.events(), result.relayOf(), warnings,
                        "/api/reports/" + result.reportId()));
            } catch (RefusedReportException e) {
                failed.add(new Failed(r.input(), 400, e.getMessage()));
            } catch (RuntimeException e) {
                if (read.size() == 1) {
                    throw e; // one report: the request failed, a 500 whose cause goes to the log
                }
                LOG.error("storing posted report {} failed", r.input(), e);
                failed.add(new Failed(r.input(), 500, "internal error"));
            }
        }
        if (stored.isEmpty()) {
            Failed first = failed.isEmpty() ? new Failed("body", 400, "no report in the body") : failed.get(0);
            throw ApiException.badRequest(first.input() + ": " + first.problem()
                    + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : ""));
        }
        boolean changed = stored.stream().anyMatch(s -> !s.outcome().equals(
                IngestOutcome.UNCHANGED.name().toLowerCase(Locale.ROOT)));
        ctx.status(changed ? 201 : 200);
        Responses.json(ctx, new Outcome(stored, failed));
    }

    /** The body, refused with 413 past {@code limit} bytes whether or not the client announced its length. */
    static byte[] body(Context ctx, long limit) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static ApiException tooLarge(long limit) {
        return ApiException.tooLarge("the body is larger than this server accepts (" + limit + " bytes)");
    }
}
