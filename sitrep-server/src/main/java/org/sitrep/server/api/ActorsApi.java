package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.server.Filters;
import org.sitrep.server.StampedCache;
import org.sitrep.store.Store;
import org.sitrep.store.db.Keys;
import org.sitrep.store.db.Sql;

/**
 * {@code GET /api/actors}: the actors events name, with their side and how many events name them;
 * the sides, with their counts (the dictionary's sides included, at 0 when no event has them);
 * and the actor dictionary the extractor uses, for filters and legends.
 */
public final class ActorsApi {
    private final StampedCache<byte[]> cache;

    /** One actor as events name it, with its side as the events give it. */
    public record StoreActor(String name, String side, long events) {
    }

    public record SideCount(String side, long events, boolean inDictionary) {
    }

    /** A row of the actor dictionary; {@code sides} lists the sides a generic mention may stand for. */
    public record DictionaryActor(String name, String side, List<String> sides, Integer inter, String parent,
            String kind, String country, String acled, List<String> aliases) {
        static DictionaryActor of(ActorEntry e) {
            return new DictionaryActor(e.name(), e.side(), e.sides(), e.inter(), e.parent(),
                    e.kind().name().toLowerCase(Locale.ROOT), e.country(), e.acled(), e.aliases());
        }
    }

    public record Actors(List<StoreActor> actors, List<SideCount> sides, List<DictionaryActor> dictionary) {
    }

    public ActorsApi(Store store, Supplier<ActorDictionary> dictionary) {
        this.cache = new StampedCache<>(store.database(), () -> Responses.toBytes(actors(store, dictionary.get())));
    }

    public void list(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        Responses.bytes(ctx, cache.get(), Responses.JSON);
    }

    private static Actors actors(Store store, ActorDictionary dictionary) {
        // the store keeps sides as keys ("us coalition"): show them as the dictionary spells them
        Map<String, String> spelling = new LinkedHashMap<>();
        for (ActorEntry e : dictionary.entries()) {
            for (String side : e.sides()) {
                spelling.putIfAbsent(Keys.of(side), side);
            }
        }
        List<StoreActor> actors = store.database().read(c -> Sql.list(c, "SELECT name, side_key,"
                + " COUNT(DISTINCT event_id) AS n FROM event_actor WHERE name IS NOT NULL GROUP BY name, side_key"
                + " ORDER BY n DESC, name", List.of(),
                rs -> new StoreActor(rs.getString(1), side(spelling, rs.getString(2)), rs.getLong(3))));
        Map<String, Long> bySide = new LinkedHashMap<>();
        store.database().read(c -> Sql.list(c, "SELECT side_key, COUNT(DISTINCT event_id) AS n FROM event_actor"
                + " WHERE side_key IS NOT NULL GROUP BY side_key ORDER BY n DESC, side_key", List.of(),
                rs -> bySide.put(side(spelling, rs.getString(1)), rs.getLong(2))));
        List<SideCount> sides = new ArrayList<>();
        bySide.forEach((side, n) -> sides.add(new SideCount(side, n, spelling.containsValue(side))));
        for (String side : spelling.values()) {
            if (!bySide.containsKey(side)) {
                sides.add(new SideCount(side, 0, true));
            }
        }
        return new Actors(actors, sides, dictionary.entries().stream().map(DictionaryActor::of).toList());
    }

    private static String side(Map<String, String> spelling, String key) {
        return key == null ? null : spelling.getOrDefault(key, key);
    }
}
