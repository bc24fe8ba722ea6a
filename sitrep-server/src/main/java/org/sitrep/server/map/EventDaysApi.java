package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.server.FilterAliases;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.api.Responses;
import org.sitrep.server.index.LiveEventIndex;

/** {@code GET /api/event-days?...filters}: the number of events on each day, for the time slider. */
public final class EventDaysApi {
    private final LiveEventIndex index;
    private final Supplier<FilterAliases> aliases;

    public EventDaysApi(LiveEventIndex index, Supplier<FilterAliases> aliases) {
        this.index = index;
        this.aliases = aliases;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Filters.EVENT_FILTERS);
        EventDays days = new EventDays();
        index.forEachMatch(aliases.get().eventQuery(params), ReviewFilters.of(params), days);
        Responses.json(ctx, days.days());
    }
}
