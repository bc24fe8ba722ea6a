package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * Locates the places a sentence names, in the light of the paragraph (its region, its city, the
 * places it named last) and of each other ("the Mazzeh area of Damascus"), and remembers them.
 */
public final class SentencePlaces {
    private final PlaceResolver places;
    private final EventWords words;

    public SentencePlaces(PlaceResolver places, EventWords words) {
        this.places = places;
        this.words = words;
    }

    /** Each place mention of the sentence with where it is. */
    public Map<PlaceMention, Location> locate(SentenceAnalysis s, ParagraphContext ctx) {
        Map<PlaceMention, Location> out = new HashMap<>();
        boolean paragraphPlaced = ctx.city != null || ctx.region != null || !ctx.nearby.isEmpty();
        String countryBefore = ctx.countryCode;
        String region = ctx.regionAdmin1;
        for (PlaceMention p : s.places) {
            if (p.isRegion() && p.region().admin1() != null && p.region().placed()) {
                region = p.region().admin1();
            }
        }
        Location container = ctx.city;
        // places named together locate each other
        Map<PlaceMention, Place> entries = new HashMap<>();
        for (PlaceMention p : s.places) {
            Place e = places.entry(p, region, ctx.countryCode, ctx.recentNearby());
            if (e != null) {
                entries.put(p, e);
            }
        }
        for (PlaceMention p : s.places) {
            List<Place> nearby = new ArrayList<>(ctx.recentNearby());
            entries.forEach((other, e) -> {
                if (other != p) {
                    nearby.add(e);
                }
            });
            Location loc = whereIs(s, p, region, ctx.countryCode, nearby, container, entries, 0);
            if (!p.isRegion() && precise(loc) && ctx.city == null) {
                container = loc; // a later unknown site in the sentence ("the section 446") is inside it
            }
            out.put(p, loc);
            Place entry = entries.get(p);
            if (entry != null) {
                ctx.nearby.removeIf(n -> n.id() == entry.id()); // named again: now the most recent
                ctx.nearby.add(entry);
                if (ctx.countryCode == null) {
                    ctx.countryCode = entry.countryCode();
                }
            }
            if (p.isRegion() && (loc.placed() || ctx.region == null)) {
                // an area the gazetteer does not know ("Chin State") does not replace one it knows
                ctx.region = loc;
                ctx.regionAdmin1 = p.region().admin1();
            } else if ("city".equals(p.feature()) && precise(loc)) {
                ctx.city = loc;
            }
        }
        String elsewhere = paragraphPlaced ? null : otherCountry(s, entries, countryBefore);
        if (elsewhere != null) {
            ctx.countryCode = elsewhere;
        }
        return out;
    }

    /**
     * The one other country where a paragraph's first placed sentence tells its event, or null: a
     * digest's "Police in Yangon detained 23 protesters" after paragraphs on Ukraine is about
     * Myanmar's war, as "In Myanmar, ..." would say, and its police and junta are Myanmar's. Only
     * when every place it names lies there (the context country, had it a namesake, would have won
     * it), each named as a scene ("in X", not "after Moscow's warning") and none a country or an
     * area, whose naming makes no scene.
     */
    private String otherCountry(SentenceAnalysis s, Map<PlaceMention, Place> entries, String current) {
        if (current == null || s.triggers.isEmpty() || entries.isEmpty()) {
            return null;
        }
        String country = null;
        for (PlaceMention p : s.places) {
            Place e = entries.get(p);
            if (p.isRegion() || e == null || e.countryCode() == null || !namedAsScene(s.text(), p)
                    || e.isCountry()
                    || country != null && !country.equals(e.countryCode())) {
                return null;
            }
            country = e.countryCode();
        }
        return country == null || country.equalsIgnoreCase(current) ? null : country;
    }

    /** "in X", "near the town of X": where something happens, not a government's seat nor a destination. */
    private boolean namedAsScene(String sentence, PlaceMention p) {
        return words.sceneBefore.matcher(sentence.substring(Math.max(0, p.start() - SCENE_WINDOW), p.start())).find();
    }

    /** Characters before a place read for its preposition: "in Yemen's Red Sea port city of ". */
    private static final int SCENE_WINDOW = 60;

    /**
     * Where a mention is: its own entry, unless the text says it lies in a place ("the X quarter of
     * Y", "the Old City of Damascus") where that entry (not a big city) is not: then inside that
     * place; or in a region the sentence's earlier town is not in ("the X neighbourhood of Y
     * province"): then in that region. An unknown site is else inside the sentence's earlier town.
     */
    private Location whereIs(SentenceAnalysis s, PlaceMention p, String region, String country, List<Place> nearby,
                             Location container, Map<PlaceMention, Place> entries, int depth) {
        Location loc = places.resolve(p, region, country, nearby, null);
        if (p.isRegion()) {
            return loc;
        }
        PlaceMention outer = depth < MAX_NESTING ? placeItLiesIn(s, p) : null;
        PlaceMention part = outer != null && outer.isRegion() ? partOf(s, outer) : null;
        if (part != null) {
            outer = part; // "the X village of Y province's Z district": in Z
        }
        if (outer != null && outer.isRegion()) {
            Location area = outer.region();
            boolean containerOutside = precise(container) && area.placed() && area.admin1() != null
                    && !area.admin1().equalsIgnoreCase(container.admin1());
            if (!precise(loc) && containerOutside) {
                return places.resolve(p, area.admin1(), country, nearby, null);
            }
        } else if (outer != null) {
            Location city = whereIs(s, outer, region, country, nearby, null, entries, depth + 1);
            if (precise(city) && (!precise(loc) || !sameArea(loc, city) && !bigCity(entries.get(p)))) {
                // a namesake's own other names are not this site's
                return places.inside(p, precise(loc) ? List.of() : loc.alternateNames(), city);
            }
        }
        return places.inCity(p, loc, container); // resolved once: the town only places what the gazetteer did not
    }

    /** "the X of the Y of Z": how many such links are followed. */
    private static final int MAX_NESTING = 3;

    /** A city this big lies in no other named place ("the Damascus suburb of X" names X's city first). */
    private static final long BIG_CITY = 100_000;

    private static boolean bigCity(Place entry) {
        return entry != null && entry.population() >= BIG_CITY;
    }

    private static boolean sameArea(Location a, Location b) {
        return a.country() != null && a.country().equalsIgnoreCase(b.country())
                && (a.admin1() == null || b.admin1() == null || a.admin1().equalsIgnoreCase(b.admin1()));
    }

    /**
     * The place named right after a site as the one it lies in ("the al-Nour district in the city of
     * X", "the Y quarter of Z province"), or null.
     */
    private PlaceMention placeItLiesIn(SentenceAnalysis s, PlaceMention site) {
        PlaceMention next = nextAfter(s, site);
        if (next == null || !words.siteInside.matcher(s.text().substring(site.end(), next.start())).matches()) {
            return null;
        }
        return next;
    }

    /** The place a region's possessive names right after it ("Y province's Z district": Z), or null. */
    private static PlaceMention partOf(SentenceAnalysis s, PlaceMention region) {
        PlaceMention next = nextAfter(s, region);
        return next != null && !next.isRegion()
                && POSSESSIVE.matcher(s.text().substring(region.end(), next.start())).matches() ? next : null;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\s+$");

    private static PlaceMention nextAfter(SentenceAnalysis s, PlaceMention p) {
        PlaceMention next = null;
        for (PlaceMention q : s.places) {
            if (q.start() >= p.end() && (next == null || q.start() < next.start())) {
                next = q;
            }
        }
        return next;
    }

    /** The sentence's places, in text order, become the paragraph's last places. */
    public void remember(Map<PlaceMention, Location> located, ParagraphContext ctx) {
        List<Location> ps = new ArrayList<>();
        located.entrySet().stream().filter(e -> !e.getKey().isRegion())
                .sorted(Comparator.comparingInt(e -> e.getKey().start()))
                .forEach(e -> ps.add(e.getValue()));
        if (!ps.isEmpty()) {
            ctx.lastPlaces = ps;
        }
    }

    private static boolean precise(Location loc) {
        return loc != null && loc.placed() && loc.geoPrecision() != null && loc.geoPrecision() < 3;
    }
}
