package org.sitrep.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.gazetteer.Region;
import org.sitrep.gazetteer.Regions;
import org.sitrep.store.Store;
import org.sitrep.store.db.Keys;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.EventQuery;

/**
 * Filters as people write them, turned into the values the store holds, so that a filter does not
 * match nothing because of its spelling: an actor's alias is its name ({@code SAA}: Syrian Arab
 * Army), a governorate's other spelling is the gazetteer's ({@code Rural Damascus}: Rif Dimashq), an
 * ISO code is its country ({@code SY}, {@code SYR}: Syria), a district may be written with the words
 * around its name ({@link DistrictFilter}), and a side may be shortened to a prefix only one side has
 * ({@code gov}). A side, governorate, district or country that is none of these is refused
 * with the values that are known; other names (a place, an actor the dictionary does not know) may well be
 * in the store and are left as written.
 */
public final class FilterAliases {
    private final Map<String, String> actorByAlias = new HashMap<>();
    private final Set<String> dictionarySides = new TreeSet<>();
    private final Map<String, String> countryByName = new HashMap<>();
    private final Regions regions = Regions.standard();
    private final Supplier<Set<String>> storeSides;
    private final Supplier<Set<String>> storeAdmin1;
    private final DistrictFilter districts;

    /**
     * @param storeSides  the sides the store's events have (as keys), asked for only when a side is
     *                    not the dictionary's
     * @param storeAdmin1 the governorates the store's events have (as written), asked for only when
     *                    a governorate is not the gazetteer's
     * @param storeAdmin2 the districts (admin2) the store's events have, as written, asked for only
     *                    when a district is filtered on
     */
    public FilterAliases(ActorDictionary dictionary, Supplier<Set<String>> storeSides, Supplier<Set<String>> storeAdmin1,
            Supplier<Set<String>> storeAdmin2) {
        this.storeSides = storeSides;
        this.storeAdmin1 = storeAdmin1;
        this.districts = new DistrictFilter(storeAdmin2);
        for (ActorEntry e : dictionary.entries()) {
            for (String alias : e.aliases()) {
                actorByAlias.putIfAbsent(Keys.of(alias), e.name());
            }
            actorByAlias.put(Keys.of(e.name()), e.name());
            e.sides().forEach(s -> dictionarySides.add(Keys.of(s)));
        }
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            String name = org.sitrep.gazetteer.Countries.name(code); // as events are stored (ACLED's name)
            countryByName.put(Keys.of(code), name);
            countryByName.put(Keys.of(name), name);
            countryByName.put(Keys.of(org.sitrep.gazetteer.Countries.jdkName(code)), name);
            try {
                countryByName.put(Keys.of(l.getISO3Country()), name);
            } catch (MissingResourceException e) {
                // no three-letter code: known by its name and two letters
            }
        }
    }

    /** The sides a store's events have, as keys, read again only when the store changed: for {@link #FilterAliases}. */
    public static Supplier<Set<String>> sidesOf(Store store) {
        return distinct(store, "SELECT DISTINCT side_key FROM event_actor WHERE side_key IS NOT NULL");
    }

    /** The governorates (admin1) a store's events have, as written, read again only when the store changed. */
    public static Supplier<Set<String>> admin1Of(Store store) {
        return distinct(store, "SELECT DISTINCT admin1 FROM event WHERE admin1 IS NOT NULL");
    }

    /** The districts (admin2) a store's events have, as written, read again only when the store changed. */
    public static Supplier<Set<String>> admin2Of(Store store) {
        return distinct(store, "SELECT DISTINCT admin2 FROM event WHERE admin2 IS NOT NULL");
    }

    private static Supplier<Set<String>> distinct(Store store, String sql) {
        StampedCache<Set<String>> values = new StampedCache<>(store.database(), () -> {
            List<String> found = store.database().read(c -> Sql.list(c, sql, List.of(), rs -> rs.getString(1)));
            return new TreeSet<String>(found);
        });
        return values::get;
    }

    /** The event query of request parameters ({@link Filters#eventQuery}), its names as the store holds them. */
    public EventQuery eventQuery(Map<String, List<String>> params) {
        return resolve(Filters.eventQuery(params));
    }

    /** The query with its names as the store holds them. */
    public EventQuery resolve(EventQuery q) {
        return new EventQuery(q.from(), q.to(), q.eventType(), q.subEventType(), actor(q.actor()), side(q.side()),
                q.place(), governorate(q.governorate()), districts.resolve(q.admin2()), country(q.country()), q.bbox(),
                q.source(), q.text(), q.reportId());
    }

    private String actor(String written) {
        return written == null ? null : actorByAlias.getOrDefault(Keys.of(written), written);
    }

    private String governorate(String written) {
        if (written == null) {
            return null;
        }
        Optional<Region> region = regions.admin1(written);
        if (region.isPresent()) {
            return region.get().admin1();
        }
        Set<String> known = storeAdmin1.get();
        String key = Keys.of(written);
        if (known.stream().anyMatch(k -> Keys.of(k).equals(key))) {
            return written;
        }
        throw new BadParameterException("'admin1' is not a governorate events have: '" + Filters.clip(written)
                + "' (known: " + String.join(", ", known) + ")");
    }

    private String country(String written) {
        if (written == null) {
            return null;
        }
        String name = countryByName.get(Keys.of(written));
        if (name == null) {
            throw new BadParameterException("'country' is an ISO code (SY, SYR) or an English name (Syria), not '"
                    + Filters.clip(written) + "'");
        }
        return name;
    }

    private String side(String written) {
        if (written == null) {
            return null;
        }
        String key = Keys.of(written);
        if (dictionarySides.contains(key)) {
            return written;
        }
        Set<String> known = new TreeSet<>(dictionarySides);
        known.addAll(storeSides.get());
        if (known.contains(key)) {
            return written;
        }
        List<String> starting = known.stream().filter(s -> s.startsWith(key)).toList();
        if (key.length() >= 3 && starting.size() == 1) {
            return starting.get(0);
        }
        throw new BadParameterException("'side' is not a side events have: '" + Filters.clip(written) + "' (known: "
                + String.join(", ", known) + ")");
    }
}
