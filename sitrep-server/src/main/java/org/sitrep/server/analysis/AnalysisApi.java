package org.sitrep.server.analysis;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.server.FilterAliases;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.api.ControlData;
import org.sitrep.server.api.Responses;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.server.index.LiveEventIndex;
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.control.PlaceTimeline;

/**
 * {@code GET /api/analysis?...event filters[&interval=day|week|month]}: the charts of the events the
 * filters select (the same filters as the list and the map), and their changes of control.
 */
public final class AnalysisApi {
    private static final Set<String> PARAMS = Filters.union(Filters.EVENT_FILTERS, Set.of("interval"));
    /** Summaries read per round trip. */
    private static final int BATCH = 500;

    private final LiveEventIndex index;
    private final IncidentSummaries summaries;
    private final ControlData control;
    private final Supplier<FilterAliases> aliases;

    public AnalysisApi(LiveEventIndex index, IncidentSummaries summaries, ControlData control,
            Supplier<FilterAliases> aliases) {
        this.index = index;
        this.summaries = summaries;
        this.control = control;
        this.aliases = aliases;
    }

    public void get(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, PARAMS);
        Interval interval = Interval.parse(Filters.value(params, "interval"));
        Set<Long> incidents = new LinkedHashSet<>();
        index.forEachMatch(aliases.get().eventQuery(params), ReviewFilters.of(params), (id, day, type, lat, lon, y) -> incidents.add(id));
        Analysis analysis = new Analysis(interval);
        List<Long> ids = new ArrayList<>(incidents);
        for (int i = 0; i < ids.size(); i += BATCH) {
            summaries.byIds(ids.subList(i, Math.min(ids.size(), i + BATCH))).forEach(analysis::add);
        }
        for (PlaceTimeline t : control.timelines()) {
            for (ControlChange c : t.changes()) {
                if (incidents.contains(c.incidentId())) {
                    analysis.add(c);
                }
            }
        }
        Responses.json(ctx, analysis.result());
    }
}
