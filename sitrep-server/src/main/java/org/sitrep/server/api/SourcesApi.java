package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.server.view.SourceView;
import org.sitrep.store.sources.SourceHistory;
import org.sitrep.store.sources.SourceStore;

/**
 * {@code GET /api/sources/reliability} (every source's reliability, most reliable first, over all
 * months or one) and {@code GET /api/sources/{name}} (one source by name or alias, month by month).
 * The figures are the store's tallies, kept at ingest: a request reads them, never recounts.
 */
public final class SourcesApi {
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}|undated|all");

    /** The ranking and the months there are figures for. */
    public record Ranking(String period, List<String> periods, List<SourceView> sources) {
    }

    /** One source: over all months, and each month. */
    public record History(SourceView source, List<SourceView> months) {
    }

    private final SourceStore sources;

    public SourcesApi(SourceStore sources) {
        this.sources = sources;
    }

    public void reliability(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("period"));
        String period = period(params);
        Responses.json(ctx, new Ranking(period, sources.periods(),
                sources.ranking(period).stream().map(SourceView::of).toList()));
    }

    public void get(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("period"));
        String period = period(params);
        String name = ctx.pathParam("name");
        SourceHistory h = sources.source(name)
                .orElseThrow(() -> ApiException.notFound("no claims from a source named '" + Filters.clip(name) + "'"));
        List<SourceView> months = h.months().stream()
                .filter(m -> SourceStore.ALL.equals(period) || period.equals(m.period()))
                .map(SourceView::of).toList();
        Responses.json(ctx, new History(SourceView.of(h.total()), months));
    }

    private static String period(Map<String, List<String>> params) {
        String period = Filters.value(params, "period");
        if (period == null) {
            return SourceStore.ALL;
        }
        if (!PERIOD.matcher(period).matches()) {
            throw ApiException.badRequest("period '" + Filters.clip(period) + "' is not YYYY-MM, 'undated' or 'all'");
        }
        return period;
    }
}
