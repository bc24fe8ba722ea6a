package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.gazetteer.Candidate;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Place;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;
import org.sitrep.server.api.Responses;

/** {@code GET /api/gazetteer?q=NAME}: places by name, best first, for a reviewer who places an event. */
public final class GazetteerApi {
    private static final int MAX = 25;

    /** A place a reviewer may choose. */
    public record Found(long id, String name, String admin1, String country, double latitude, double longitude,
            String featureCode) {
    }

    private final Supplier<Gazetteer> gazetteer;

    public GazetteerApi(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void search(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("q", "size"));
        String name = Filters.value(params, "q");
        if (name == null || name.isBlank()) {
            throw new BadParameterException("'q' is required: the place's name");
        }
        if (name.length() > 200) {
            throw new BadParameterException("'q' is longer than a place's name (200 characters)");
        }
        int size = Filters.page(Map.of("size", List.of(Filters.value(params, "size") == null ? "10"
                : Filters.value(params, "size")))).limit();
        List<Found> found = gazetteer.get().lookup(name.strip(), GeoContext.NONE).stream()
                .limit(Math.min(size, MAX)).map(GazetteerApi::found).toList();
        Responses.json(ctx, Map.of("places", found));
    }

    private static Found found(Candidate c) {
        Place p = c.place();
        return new Found(p.id(), p.name(), p.admin1(), p.countryCode(), p.latitude(), p.longitude(), p.featureCode());
    }
}
