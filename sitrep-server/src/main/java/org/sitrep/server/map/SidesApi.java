package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ConflictSide;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;
import org.sitrep.server.api.Responses;

/**
 * {@code GET /api/sides?country=XX}: the sides of the conflict in that country as its actor
 * dictionary declares them, with their map colours, for the legend of the war shown; without
 * {@code country}, every conflict's. A country no dictionary covers has no sides (empty list).
 */
public final class SidesApi {
    /** One conflict's sides. */
    public record Sides(String country, List<ConflictSide> sides) {
    }

    private final Supplier<ActorDictionary> actors;

    public SidesApi(Supplier<ActorDictionary> actors) {
        this.actors = actors;
    }

    public void sides(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of("country"));
        String country = ctx.queryParam("country");
        ActorDictionary d = actors.get();
        if (country == null) {
            Map<String, List<ConflictSide>> all = new LinkedHashMap<>();
            d.conflicts().forEach(c -> all.put(c, d.sides(c)));
            Responses.json(ctx, all);
            return;
        }
        if (!country.strip().matches("[A-Za-z]{2}")) {
            throw new BadParameterException("'country' is an ISO 3166 two-letter code (SY, UA), not '"
                    + (country.length() > 40 ? country.substring(0, 40) + "…" : country) + "'");
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        Responses.json(ctx, new Sides(code, d.sides(code)));
    }
}
