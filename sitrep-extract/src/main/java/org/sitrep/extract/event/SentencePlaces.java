package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Location loc = places.resolve(p, region, ctx.countryCode, nearby, container);
            if (!p.isRegion() && !precise(loc)) {
                Location outer = placeItLiesIn(s, p, region, ctx.countryCode, nearby);
                if (outer != null) {
                    loc = places.resolve(p, region, ctx.countryCode, nearby, outer);
                }
            }
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
        return out;
    }

    /**
     * The place right after an unknown site that it lies in ("the al-Nour district in the city of
     * X"), if the gazetteer knows that one precisely; null otherwise.
     */
    private Location placeItLiesIn(SentenceAnalysis s, PlaceMention site, String region, String country,
                                   List<Place> nearby) {
        PlaceMention next = null;
        for (PlaceMention q : s.places) {
            if (q.start() >= site.end() && (next == null || q.start() < next.start())) {
                next = q;
            }
        }
        if (next == null || next.isRegion() || !words.siteInside.matcher(s.text().substring(site.end(), next.start())).matches()) {
            return null;
        }
        Location outer = places.resolve(next, region, country, nearby, null);
        return precise(outer) ? outer : null;
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
        return loc.placed() && loc.geoPrecision() != null && loc.geoPrecision() < 3;
    }
}
