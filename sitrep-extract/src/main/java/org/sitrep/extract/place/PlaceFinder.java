package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.TokenPhrases;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * Finds the places and regions a sentence names. Statistical taggers call villages PERSON in
 * these texts, so names are proposed by shape (capitalised runs, with Arabic connectors such as
 * "al-" and "ad") and accepted on evidence: the gazetteer knows them, or the text says what they
 * are ("the village of X", "X town"), or they stand in a list with accepted places.
 */
public final class PlaceFinder {
    private final Geocoder geocoder;
    private final TokenPhrases featureOf;
    private final TokenPhrases featureAfter;
    private final TokenPhrases sites;
    private final Set<String> direction;
    private final Set<String> regionAfter;
    private final Set<String> admin1Word;
    private final Set<String> connectors;
    private final Set<String> notName;
    private final TokenPhrases locator;
    private final TokenPhrases kindOf;
    private final TokenPhrases notPlaceBefore;
    private final TokenPhrases origin;
    private final TokenPhrases regionOf;
    private final TokenPhrases cityOf;
    private final Set<String> cityAfter;
    private final Set<String> notPlaceAfter;
    private final Set<String> countryContext;
    private final Set<String> placeBefore;
    private final Set<String> personAfter;
    private final Set<String> numberedPart;
    private final Set<String> listSeparator;
    private final Set<String> nameParticle;
    private final Set<String> notNamePrefix;
    /** How many tokens at most stand between a place and the country that says where it is. */
    private static final int COUNTRY_AFTER_PLACE = 3;
    /** Names that are never places: the language's list and the actor dictionaries' names (lower case). */
    private final Set<String> notPlace;
    /** Actors' acronyms ("SAF", "ISS"), never places as written in capitals. */
    private final Set<String> notPlaceAcronyms;
    /** Verbs of speaking after which a capital's name is its government speaking ("Kyiv denied"). */
    private final Set<String> speakerAfter;
    private final Set<String> groupAfter;

    /** @param lx the language's place words (places.txt) */
    public PlaceFinder(Geocoder geocoder, Lexicon lx) {
        this(geocoder, lx, Set.of());
    }

    /**
     * @param lx         the language's place words (places.txt)
     * @param actorNames the actors' names and aliases ("the Houthis", "SAF"): never places
     */
    public PlaceFinder(Geocoder geocoder, Lexicon lx, Set<String> actorNames) {
        this(geocoder, lx, actorNames, Set.of());
    }

    /**
     * @param groupNouns words that follow the name of a group ("Fano militiamen", "M23 fighters": the
     *                   events lexicon's [group-noun]): the name before them is the group's, not a place
     */
    public PlaceFinder(Geocoder geocoder, Lexicon lx, Set<String> actorNames, Set<String> groupNouns) {
        this.geocoder = geocoder;
        this.groupAfter = Set.copyOf(groupNouns);
        java.util.Set<String> never = new java.util.HashSet<>(lx.set("not-place"));
        java.util.Set<String> exact = new java.util.HashSet<>();
        for (String n : actorNames) {
            if (ActorMatcher.allCapitals(n)) {
                exact.add(n); // "ISS" is no place, "Iss" may be one: the actor matcher reads acronyms by case too
            } else {
                never.add(n.toLowerCase(java.util.Locale.ROOT));
            }
        }
        notPlace = Set.copyOf(never);
        notPlaceAcronyms = Set.copyOf(exact);
        speakerAfter = lx.set("speaker-after");
        featureOf = TokenPhrases.of(lx.list("feature-of"));
        featureAfter = TokenPhrases.of(lx.list("feature-after"));
        sites = TokenPhrases.of(lx.list("site"));
        direction = lx.set("direction");
        regionAfter = lx.set("region-after");
        admin1Word = lx.set("admin1-word");
        connectors = lx.set("connector");
        notName = lx.set("not-name");
        locator = TokenPhrases.of(lx.list("locator"));
        kindOf = TokenPhrases.of(lx.list("kind-of"));
        notPlaceBefore = TokenPhrases.of(lx.list("not-place-before"));
        origin = TokenPhrases.of(lx.list("origin"));
        regionOf = TokenPhrases.of(lx.list("region-of"));
        cityOf = TokenPhrases.of(lx.list("city-of"));
        cityAfter = lx.set("city-after");
        notPlaceAfter = lx.set("not-place-after");
        countryContext = lx.set("country-context");
        placeBefore = lx.set("place-before");
        personAfter = lx.set("person-after");
        numberedPart = lx.set("numbered-part");
        listSeparator = lx.set("list-separator");
        nameParticle = lx.set("name-particle");
        notNamePrefix = lx.set("not-name-prefix");
    }

    /**
     * @param regionHint the area the surrounding text is about (for the gazetteer), or null
     * @param country    ISO code of the country the text is about, or null
     */
    public List<PlaceMention> find(String sentence, List<Token> tokens, List<ActorMention> actors, String regionHint,
                                   String country) {
        return find(sentence, tokens, actors, regionHint, country, country);
    }

    /**
     * @param actorsCountry the country the report's actors fight in, or null: only where a known town
     *                      or region is sought inside a run of capitals
     */
    public List<PlaceMention> find(String sentence, List<Token> tokens, List<ActorMention> actors, String regionHint,
                                   String country, String actorsCountry) {
        tokens = splitPossessives(tokens);
        boolean[] actorToken = markActors(tokens, actors);
        List<int[]> names = namePhrases(tokens, actorToken);
        List<PlaceMention> out = new ArrayList<>();
        int list = 0;
        int lastEnd = -1;
        int lastStart = -1;
        String hint = sentenceRegion(sentence, tokens, names, country);
        if (hint == null) {
            hint = regionHint;
        }
        String listFeature = null;
        for (int[] np : names) {
            int s = np[0];
            int e = np[1];
            boolean continuesList = lastEnd >= 0 && onlyListSeparators(tokens, lastEnd, s);
            Candidate c = classify(sentence, tokens, s, e, hint, country, actorsCountry,
                    continuesList ? listFeature : null);
            if (c == null) {
                continue;
            }
            listFeature = c.mention.feature() == null ? "place" : c.mention.feature();
            if (ADMIN_AREA.equals(c.mention.feature())) {
                listFeature = null; // "China (Xinjiang Province), Saudi Arabia": an area named by its kind heads no list
            }
            if (c.mention.isRegion() && !ADMIN_AREA.equals(c.mention.feature())) {
                hint = c.mention.region().admin1() != null ? c.mention.region().admin1() : hint;
            }
            boolean sameList = lastEnd >= 0 && onlyListSeparators(tokens, lastEnd, c.firstToken);
            if (!sameList) {
                list++;
            }
            PlaceMention m = withList(c.mention, list);
            if (!out.isEmpty() && afterArticle(tokens, lastStart) && kindOfBetween(tokens, lastEnd, c.firstToken)) {
                // "the West Bank city of Nablus": the first only says where the second is (not "in
                // Hamam town of Afrin", a town in Afrin)
                out.set(out.size() - 1, out.get(out.size() - 1).withRole(PlaceMention.Role.LOCATOR));
            }
            if (!m.isRegion() && !out.isEmpty() && endsBefore(tokens, c.firstToken, locator)) {
                m = m.withRole(PlaceMention.Role.LOCATOR);
            } else if (!m.isRegion() && endsBefore(tokens, c.firstToken, origin)) {
                m = m.withRole(PlaceMention.Role.ORIGIN);
            } else if (!m.isRegion() && m.known() && knownPlace(m.text(), null, null, Place::isCountry)) {
                if (possessiveBeforeName(tokens, c.lastToken)) {
                    m = m.withRole(PlaceMention.Role.LOCATOR); // "in Russia's Belgorod region": where Belgorod is
                } else if (!placePreposition(tokens, c.firstToken)) {
                    m = m.withRole(PlaceMention.Role.PARTY); // a country no "in", "near", "to" puts an act in
                } else if (!out.isEmpty() && c.firstToken - lastEnd <= COUNTRY_AFTER_PLACE) {
                    m = m.withRole(PlaceMention.Role.LOCATOR); // "Abha airport in Saudi Arabia": where Abha is
                }
            }
            out.add(m);
            lastEnd = c.lastToken;
            lastStart = c.firstToken;
        }
        addSites(sentence, tokens, out, list);
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** The area the sentence itself names as a region ("… town in southeast Idlib"), or null. */
    private String sentenceRegion(String sentence, List<Token> tokens, List<int[]> names, String country) {
        for (int[] np : names) {
            int s = np[0];
            int e = np[1];
            boolean regionWords = (s > 0 && direction.contains(tokens.get(s - 1).lower()))
                    || (e < tokens.size() && regionAfter.contains(tokens.get(e).lower()));
            if (regionWords) {
                Optional<Location> r = geocoder.region(text(sentence, tokens, s, e), country);
                if (r.isPresent() && r.get().admin1() != null) {
                    return r.get().admin1();
                }
            }
        }
        return null;
    }

    private record Candidate(PlaceMention mention, int firstToken, int lastToken) {
    }

    /** @param listFeature when the name continues a list of accepted places, that list's kind; else null */
    private Candidate classify(String sentence, List<Token> tokens, int s, int e, String hint, String country,
                               String actorsCountry, String listFeature) {
        if (endsBefore(tokens, s, notPlaceBefore) || followedBy(tokens, e, notPlaceAfter)) {
            return null; // "the eastern bank of the Euphrates": a river, not a place of events
        }
        String name = text(sentence, tokens, s, e);
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        if (countryContext.contains(lowerName)) {
            return null; // a country is context, not an event's place
        }
        if (notPlace.contains(lowerName) || notPlace.contains("the " + lowerName) || notPlaceAcronyms.contains(name)) {
            return null; // "Telegram", "SAF", "Ukrainian", "the Houthis": a platform, a group, a people
        }
        if (followedBy(tokens, e, groupAfter)) {
            return null; // "between Fano militiamen and", "M23 fighters": a group's name
        }
        if (followedBy(tokens, e, speakerAfter) && !placePreposition(tokens, s)) {
            // "a claim Kyiv denied", "Damascus accused Ankara": a government speaking, not a scene
            // ("residents of Aleppo said", "activists in Alwaer said" still place the account)
            return null;
        }
        // region: "northern Hama", "Hama countryside", "the countryside of Idlib"
        int rs = s;
        while (rs > 0 && direction.contains(tokens.get(rs - 1).lower())) {
            rs--;
        }
        int re = e;
        while (re < tokens.size() && regionAfter.contains(tokens.get(re).lower())) {
            re++;
        }
        boolean regionWords = rs < s || re > e || regionOf.endsAt(tokens, s);
        boolean cityWords = followedBy(tokens, e, cityAfter) || cityOf.endsAt(tokens, s);
        Optional<Location> region = geocoder.region(name, country);
        if (region.isPresent() && !cityWords && (regionWords || !knownSeat(name, hint, country, region.get()))) {
            String phrase = text(sentence, tokens, rs, re);
            return new Candidate(new PlaceMention(tokens.get(rs).start(), tokens.get(re - 1).end(), phrase, "region",
                    region.get(), 0, true), rs, re - 1);
        }
        Candidate area = adminArea(sentence, tokens, s, e, country);
        if (area != null && !cityWords) {
            return area;
        }
        String feature = featureBefore(tokens, s);
        int fe = featureAfterEnd(tokens, e);
        if (feature == null && fe > e) {
            feature = text(sentence, tokens, e, fe).toLowerCase(java.util.Locale.ROOT);
        }
        boolean known = knownPlace(name, hint, country);
        boolean sentenceInitial = s == 0 || tokens.get(s - 1).text().equals("\"");
        if (!known && feature == null && listFeature != null && !looksLikePerson(tokens, s, e)) {
            feature = listFeature.equals("place") ? null : listFeature;
            return new Candidate(new PlaceMention(tokens.get(s).start(), tokens.get(e - 1).end(), name, feature, null, 0,
                    false), s, Math.max(e - 1, fe - 1));
        }
        // the whole name known in the actors' country is not a part of it ("Tal Tamr", not the town "Tal")
        if (!known && e - s > 1 && !(country == null && actorsCountry != null && knownPlace(name, hint, actorsCountry))) {
            Candidate inner = knownInside(sentence, tokens, s, e, hint, country != null ? country : actorsCountry);
            if (inner != null) {
                return inner; // "Syrias Aleppo Monitor AFP Thursday", "Syrias Idlib province": the place inside
            }
        }
        if (!known && feature == null) {
            if (sentenceInitial || !placePreposition(tokens, s)) {
                return null;
            }
            // an unknown capitalised name after "in"/"near" is a place only if it is not a person
            if (looksLikePerson(tokens, s, e)) {
                return null;
            }
            return new Candidate(new PlaceMention(tokens.get(s).start(), tokens.get(e - 1).end(), name, null, null, 0,
                    false), s, e - 1);
        }
        return new Candidate(new PlaceMention(tokens.get(s).start(), tokens.get(e - 1).end(), name, feature, null, 0,
                known), s, Math.max(e - 1, fe - 1));
    }

    /**
     * "Chin State", "Donetsk Oblast": a first-level area named by its kind, as a region. The
     * gazetteer's region when it knows one; else the area is put at the seat that gives it its name
     * ("Donetsk"), with region precision; else, for a one-word name ("Chin"), left unplaced with the
     * name as its admin1, unless the gazetteer knows the word ("Syrias Homs Province" runs a country
     * into a province; "Rajm al Sheikh Region" is a village). Null when the words name
     * no such area. ("the Kirkuk province" in lower case stays with the region rules above.)
     */
    private Candidate adminArea(String sentence, List<Token> tokens, int s, int e, String country) {
        if (e - s < 2 || !admin1Word.contains(tokens.get(e - 1).lower())
                || connectors.contains(tokens.get(e - 2).lower())) {
            return null;
        }
        int coreEnd = e - 1;
        int end = e;
        String core = text(sentence, tokens, s, coreEnd);
        String phrase = text(sentence, tokens, s, end);
        Optional<Location> known = geocoder.region(phrase, country).or(() -> geocoder.region(core, country));
        Location area = known.orElseGet(() -> geocoder.best(core, new GeoContext(null, country, List.of(), null))
                .filter(p -> PROVINCE_CAPITALS.contains(p.featureCode()) && p.name().equalsIgnoreCase(core))
                .map(p -> new Location(core, phrase, List.of(p.name()), p.admin1() != null ? p.admin1() : core, null,
                        org.sitrep.gazetteer.Countries.name(p.countryCode()), p.latitude(), p.longitude(), 3,
                        "region named by its kind, at its namesake " + p.name(), null))
                .orElse(null));
        if (area == null && coreEnd - s == 1 && !knownWordIn(sentence, tokens, s, coreEnd, country)) {
            area = new Location(core, phrase, List.of(), core, null, null, null, null, 3,
                    "region named by its kind, not in gazetteer: " + phrase, null);
        }
        if (area == null) {
            return null;
        }
        return new Candidate(new PlaceMention(tokens.get(s).start(), tokens.get(end - 1).end(), phrase, ADMIN_AREA,
                area, 0, true), s, end - 1);
    }

    /** A word of the run is a region or place the gazetteer knows ("Syrias Homs"): the run is no area's name. */
    private boolean knownWordIn(String sentence, List<Token> tokens, int s, int e, String country) {
        for (int i = s; i < e; i++) {
            String word = text(sentence, tokens, i, i + 1);
            if (geocoder.region(word, country).isPresent() || knownPlace(word, null, country)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest run of words inside an unknown name that the gazetteer knows as a region or a
     * town of the country in context too large to be part of a village's name, as its own candidate; null when there is none.
     * Headlines and datelines run a place into the words around it ("Syrias Idlib", "Aleppo
     * Monitor AFP"), where "Jub Tabqaliyah" stays one village's name.
     */
    private Candidate knownInside(String sentence, List<Token> tokens, int s, int e, String hint, String country) {
        if (country == null || looksLikePerson(tokens, s, e)) {
            return null; // "Mohammad Hassan Awdhan"; and with no country in context, "Wadi" is some Algerian town
        }
        for (int length = e - s - 1; length >= 1; length--) {
            for (int a = s; a + length <= e; a++) {
                String part = text(sentence, tokens, a, a + length);
                if (!Character.isUpperCase(part.charAt(0))) {
                    continue;
                }
                String lower = part.toLowerCase(java.util.Locale.ROOT);
                if (countryContext.contains(lower)) {
                    continue;
                }
                if (regionOf(part, country) || largeTown(part, hint, country)) {
                    return classify(sentence, tokens, a, a + length, hint, country, null, null);
                }
            }
        }
        return null;
    }

    private static final long LARGE_TOWN = 50_000;
    /** GeoNames codes of the seats of first-level areas (and capitals), which often name their area. */
    private static final Set<String> PROVINCE_CAPITALS = Set.of("PPLA", "PPLC");
    /** The feature of an area named by its kind ("Chin State"). */
    static final String ADMIN_AREA = "admin area";

    /**
     * A region's name alone is a town when the gazetteer knows one so named in that region (with no
     * country given, in the region's own country: "in Marib" is the town Ma'rib, though few outside
     * Yemen know it).
     */
    private boolean knownSeat(String name, String hint, String country, Location region) {
        Predicate<Place> seat = p -> p.name().equalsIgnoreCase(name) || p.population() >= LARGE_TOWN
                || inRegion(p, region);
        return knownPlace(name, hint, country, seat)
                || (country == null && knownPlace(name, hint, CountryNames.code(region.country()), seat));
    }

    /**
     * A village known by the region's name only as an other name, in another region ("Al Jawf", a
     * village of Abyan), is no seat of the region ("in Al Jawf").
     */
    private static boolean inRegion(Place p, Location region) {
        return region.admin1() == null || p.admin1() == null || region.admin1().equalsIgnoreCase(p.admin1());
    }

    private boolean regionOf(String name, String country) {
        return geocoder.region(name, country).map(r -> country.equals(CountryNames.code(r.country()))).orElse(false);
    }

    private boolean largeTown(String name, String hint, String country) {
        return geocoder.best(name, new GeoContext(hint, country, List.of(), null))
                .filter(p -> p.population() >= LARGE_TOWN && country.equals(p.countryCode()))
                .isPresent();
    }

    private boolean knownPlace(String name, String hint, String country) {
        return knownPlace(name, hint, country, p -> true);
    }

    private boolean knownPlace(String name, String hint, String country, Predicate<Place> accepted) {
        return geocoder.best(name, new GeoContext(hint, country, List.of(), null)).filter(accepted).isPresent();
    }

    /**
     * "Aleppo's western countryside", "the Hatay province's Reyhanli district": a name's (or an area
     * word's) possessive ending is no part of it.
     */
    /** The name (its last token at {@code last}) has a possessive ('s) that another capitalised name follows. */
    private static boolean possessiveBeforeName(List<Token> tokens, int last) {
        return last + 2 < tokens.size() && List.of("'s", "’s").contains(tokens.get(last + 1).lower())
                && Character.isUpperCase(tokens.get(last + 2).text().charAt(0));
    }

    private List<Token> splitPossessives(List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> t.lower().endsWith("'s"))) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size() + 2);
        for (Token t : tokens) {
            int cut = t.text().length() - 2;
            if (cut > 1 && t.lower().endsWith("'s") && (Character.isUpperCase(t.text().charAt(0))
                    || admin1Word.contains(t.lower().substring(0, cut)))) {
                out.add(new Token(t.text().substring(0, cut), t.start(), t.start() + cut));
                out.add(new Token(t.text().substring(cut), t.start() + cut, t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Capitalised runs, with connectors inside, not crossing an actor mention. */
    private List<int[]> namePhrases(List<Token> tokens, boolean[] actorToken) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (actorToken[i] || !startsName(tokens, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && !actorToken[j]) {
                Token t = tokens.get(j);
                if (isNameToken(t) && !countryPossessive(t) && !stanceWord(t)) {
                    j++;
                } else if (connectors.contains(t.lower()) && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1))
                        && !actorToken[j + 1] && !t.lower().equals("of")) {
                    j += 2;
                } else if (t.text().equals("-") && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1))) {
                    j += 2; // "Damascus - Dummar"
                } else {
                    break;
                }
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!isNameToken(t) || countryPossessive(t) || stanceWord(t)
                || i > 0 && stancePrefix(tokens.get(i - 1).lower())) {
            return false; // the tokenizer splits "pro-" off: "pro-", "Hadi"
        }
        return !notName.contains(t.lower()) || nameParticle.contains(t.lower());
    }

    /** "Syrias Idlib": a country's possessive whose apostrophe the page lost is context, not part of a name. */
    private boolean countryPossessive(Token t) {
        String lower = t.lower();
        return lower.length() > 2 && lower.endsWith("s") && countryContext.contains(lower.substring(0, lower.length() - 1));
    }

    /** "pro-Hadi", "anti-Houthi", "ex-ISIS": a name after such a prefix makes a word of stance, not a place. */
    private boolean stanceWord(Token t) {
        int dash = t.text().indexOf('-');
        return dash > 0 && notNamePrefix.contains(t.lower().substring(0, dash));
    }

    private boolean stancePrefix(String word) {
        return word.endsWith("-") && notNamePrefix.contains(word.substring(0, word.length() - 1));
    }

    /** "Hama", "al-Bukamal", "T2", "Shu'aytat": a capital at the start or after an article. */
    private static boolean isNameToken(Token t) {
        String s = t.text();
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        if (Character.isUpperCase(s.charAt(0))) {
            return true;
        }
        int dash = s.indexOf('-');
        return dash > 0 && dash <= 3 && dash + 1 < s.length() && Character.isUpperCase(s.charAt(dash + 1));
    }

    private static boolean[] markActors(List<Token> tokens, List<ActorMention> actors) {
        boolean[] mark = new boolean[tokens.size()];
        for (ActorMention a : actors) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= a.start() && t.end() <= a.end()) {
                    mark[i] = true;
                }
            }
        }
        return mark;
    }

    private String featureBefore(List<Token> tokens, int s) {
        List<String> p = featureOf.phraseEndingAt(tokens, s);
        return p == null ? null : p.get(0);
    }

    private int featureAfterEnd(List<Token> tokens, int e) {
        List<String> p = featureAfter.phraseAt(tokens, e);
        return p == null ? e : e + p.size();
    }

    private boolean placePreposition(List<Token> tokens, int s) {
        if (s == 0) {
            return false;
        }
        String p = tokens.get(s - 1).lower();
        if (p.equals("the") && s > 1) {
            p = tokens.get(s - 2).lower();
        }
        return placeBefore.contains(p);
    }

    private boolean looksLikePerson(List<Token> tokens, int s, int e) {
        return e < tokens.size() && personAfter.contains(tokens.get(e).lower());
    }

    /** Lower-case sites a report lists with places: "the stadium", "worker district 1". */
    private void addSites(String sentence, List<Token> tokens, List<PlaceMention> out, int list) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(tokens.get(i).lower()) || overlaps(out, tokens.get(i))) {
                continue;
            }
            List<String> site = sites.phraseAt(tokens, i);
            if (site != null && i > 0 && tokens.get(i - 1).lower().equals("the")) {
                int end = i + site.size();
                out.add(new PlaceMention(tokens.get(i).start(), tokens.get(end - 1).end(),
                        text(sentence, tokens, i, end), site.get(site.size() - 1), null, ++list, false));
                i = end - 1;
            }
            // "worker district 1", "the section 446": a numbered part of a place
            if (i + 2 < tokens.size() && numberedPart.contains(tokens.get(i + 1).lower())
                    && tokens.get(i + 2).text().matches("\\d+") && Character.isLetter(tokens.get(i).text().charAt(0))) {
                if (tokens.get(i).lower().equals("the")) {
                    i++;
                    out.add(new PlaceMention(tokens.get(i).start(), tokens.get(i + 1).end(),
                            text(sentence, tokens, i, i + 2), tokens.get(i).lower(), null, ++list, false));
                    i += 1;
                    continue;
                }
                out.add(new PlaceMention(tokens.get(i).start(), tokens.get(i + 2).end(), text(sentence, tokens, i, i + 3),
                        "district", null, ++list, false));
                i += 2;
            }
        }
    }

    private static boolean overlaps(List<PlaceMention> places, Token t) {
        for (PlaceMention p : places) {
            if (t.start() < p.end() && t.end() > p.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterArticle(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at - 1).lower().equals("the");
    }

    /** Only "city of", "town of"... (kind-of) stands between the two places. */
    private boolean kindOfBetween(List<Token> tokens, int afterToken, int beforeToken) {
        if (afterToken < 0) {
            return false;
        }
        List<String> between = kindOf.phraseAt(tokens, afterToken + 1);
        // the kind word may have been read as the first place's own ("Idlib town" + "of Saraqib")
        List<String> fromKind = kindOf.phraseAt(tokens, afterToken);
        return between != null && between.size() == beforeToken - afterToken - 1
                || fromKind != null && fromKind.size() == beforeToken - afterToken;
    }

    private boolean onlyListSeparators(List<Token> tokens, int afterToken, int beforeToken) {
        if (beforeToken <= afterToken) {
            return false;
        }
        for (int k = afterToken + 1; k < beforeToken; k++) {
            String t = tokens.get(k).lower();
            if (!listSeparator.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static PlaceMention withList(PlaceMention m, int list) {
        return new PlaceMention(m.start(), m.end(), m.text(), m.feature(), m.region(), list, m.known());
    }

    /** One of the phrases ends right before token {@code s} (articles skipped). */
    private static boolean endsBefore(List<Token> tokens, int s, TokenPhrases phrases) {
        int at = s;
        while (at > 0 && tokens.get(at - 1).lower().equals("the")) {
            at--;
        }
        return phrases.endsAt(tokens, at) || phrases.endsAt(tokens, s);
    }

    private static boolean followedBy(List<Token> tokens, int e, Set<String> words) {
        return e < tokens.size() && words.contains(tokens.get(e).lower());
    }

    private static String text(String sentence, List<Token> tokens, int s, int e) {
        return sentence.substring(tokens.get(s).start(), tokens.get(e - 1).end());
    }
}
