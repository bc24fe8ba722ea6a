package org.sitrep.extract.stages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.attribution.Claim;
import org.sitrep.extract.count.Casualties;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.place.CountryNames;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.extract.rules.Clauses;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.Labels;
import org.sitrep.extract.rules.RoleFinder;
import org.sitrep.extract.rules.Roles;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.extract.time.DateMention;
import org.sitrep.extract.time.EventDate;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * Assembles events sentence by sentence: each trigger the filter keeps becomes one event per
 * place it names, with its actors, date, attribution and losses. What a sentence leaves out (the
 * place in "clashing with ISIS there", the enemy of "lost 35 fighters") comes from the paragraph.
 */
public final class EventStage implements Stage {
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:the )?(?:first|second|third|fourth|other|latter|last|another)(?: one| attack| strike| incident)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THERE = Pattern.compile("\\b(?:there|the area|the city|the town|the village|"
            + "the same (?:town|city|village|area)|this area|the region|the place|the advance|the attack|"
            + "the operation|the offensive|the clashes|the fighting|the battle)\\b", Pattern.CASE_INSENSITIVE);
    /** "during the clashes": a battle already told, not a new one. */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)(?:\\b(?:during|in|amid|after|following|throughout|since|by|of|from) (?:the|these|those|this|that) "
                    + "(?:\\w+ )?"
                    + "|^(?-i:The|These|Those) (?-i:[a-z]+ )?)$");
    private static final Pattern IT = Pattern.compile("^(?:It|it|They|they) ");

    /** "SDF fighters backed by coalition warplanes clashed with ISIS": the fight is the event. */
    private static final Pattern AIR_SUPPORT = Pattern.compile(
            "\\b(?:backed|supported|covered|assisted|aided) by\\b|\\b(?:support|cover) of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SNIPER = Pattern.compile("\\bsnip(?:er|ers|ing)\\b", Pattern.CASE_INSENSITIVE);
    /** A raid not said to be from the air. */
    private static final Pattern RAID = Pattern.compile("^(?!.*\\bair).*\\braids?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AIR_WORDS = Pattern.compile(
            "\\b(?:warplanes?|war planes?|jets?|aircraft|helicopters?|drones?|air forces?|aerial)\\b",
            Pattern.CASE_INSENSITIVE);

    private final FrameFilter filter;
    private final RoleFinder roleFinder;
    private final ActorDictionary dictionary;
    private final PlaceResolver places;
    private final Labels labels = new Labels();

    public EventStage(FrameFilter filter, RoleFinder roleFinder, ActorDictionary dictionary, PlaceResolver places) {
        this.filter = filter;
        this.roleFinder = roleFinder;
        this.dictionary = dictionary;
        this.places = places;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.ACTORS, Annotation.ATTRIBUTION, Annotation.DATES, Annotation.CASUALTIES,
                Annotation.TRIGGERS, Annotation.PLACES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.EVENTS);
    }

    /** What the paragraph has said so far. */
    private static final int MAX_NEARBY = 5;

    private static final class Context {
        int paragraph = -1;
        Location region;
        String regionAdmin1;
        Location city;
        List<Location> lastPlaces = new ArrayList<>();
        List<Place> nearby = new ArrayList<>();
        String countryCode;
        List<Draft> paragraphDrafts = new ArrayList<>();
        /** The report has told an event already. */
        boolean toldEvents;
        /** The paragraph opened with a coder's label ("Movement of forces: ..."). */
        boolean labelled;

        /**
         * The places the paragraph named last, the ones that help place the next: a bounded
         * context also lets the gazetteer's answers be remembered across reports.
         */
        List<Place> recentNearby() {
            return nearby.size() <= MAX_NEARBY ? nearby : nearby.subList(nearby.size() - MAX_NEARBY, nearby.size());
        }

        void newParagraph(int p) {
            paragraph = p;
            region = null;
            regionAdmin1 = null;
            city = null;
            nearby = new ArrayList<>();
            paragraphDrafts = new ArrayList<>();
            labelled = false;
        }
    }

    @Override
    public void apply(Document doc) {
        ActorResolver resolver = new ActorResolver(dictionary);
        Context ctx = new Context();
        String reportCountry = countryOfActors(doc);
        for (int i = 0; i < doc.sentences.size(); i++) {
            SentenceAnalysis s = doc.sentences.get(i);
            if (s.sentence.paragraph() != ctx.paragraph) {
                ctx.newParagraph(s.sentence.paragraph());
                ctx.countryCode = reportCountry;
            }
            countryFromText(s.text(), ctx);
            List<ActorMention> actors = new ArrayList<>(resolve(s.actors, resolver, ctx.countryCode));
            if (s.claim.source() != null) {
                int cueEnd = s.claim.cueEnd();
                actors.removeIf(m -> m.end() <= cueEnd); // "HTS claimed that ...": HTS says it, it need not be a party
            }
            actors.addAll(unknownGroups(s.text(), actors));
            actors.sort(java.util.Comparator.comparingInt(ActorMention::start));
            List<Draft> made = new ArrayList<>();

            Clauses clauses = Clauses.of(s.tokens, filter.clauseBreaks());
            SubEventType labelled = labels.labelOf(s.text());
            Map<PlaceMention, Location> located = locate(s, ctx);
            if (labelled != null) {
                ctx.labelled = true;
            }
            if (labelled != null || !ctx.labelled) {
                for (Trigger t : s.triggers) {
                    frame(doc, s, i, t, actors, clauses, located, ctx, resolver, made);
                }
            } // a coder's labelled note is one event: its other sentences describe it
            if (labelled != null) {
                made = labels.relabel(made, labelled, s, actors, located, ctx.region, i);
            }
            if (made.isEmpty()) {
                orphanLosses(doc, s, i, actors, ctx, resolver, made);
            }
            assignCasualties(s.casualties, made, ctx);
            doc.drafts.addAll(made);
            ctx.paragraphDrafts.addAll(made);
            ctx.toldEvents |= !made.isEmpty();
            for (ActorMention m : actors) {
                resolver.remember(m.entry());
            }
            remember(located, ctx);
            if (reportCountry == null && ctx.countryCode != null) {
                reportCountry = ctx.countryCode;
            }
        }
    }

    /** The conflict country most of the report's actors belong to, or null. */
    private String countryOfActors(Document doc) {
        Map<String, Integer> votes = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            for (ActorMention m : s.actors) {
                if (m.entry().conflictCountry() != null) {
                    votes.merge(m.entry().conflictCountry(), 1, Integer::sum);
                }
            }
            for (PlaceMention p : s.places) {
                if (!p.isRegion() && p.known()) {
                    Place e = places.entry(p, null, null, List.of());
                    if (e != null && e.countryCode() != null) {
                        votes.merge(e.countryCode(), 1, Integer::sum);
                    }
                }
                if (p.isRegion() && p.region().country() != null) {
                    String code = CountryNames.code(p.region().country());
                    if (code != null) {
                        votes.merge(code, 2, Integer::sum);
                    }
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static final Pattern UNKNOWN_GROUP = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}'’-]+|al-\\p{Lu}[\\p{L}'’-]*)(?: (?:\\p{Lu}[\\p{L}'’-]+|al-\\p{Lu}[\\p{L}'’-]*)){0,4}) "
                    + "(?:fighters|forces|militants|militiamen|members|gunmen|militia|units|troops|brigade|battalion)\\b");

    /** Groups the dictionary does not know ("Ansar al-Wadi fighters"): actors of side unidentified. */
    private List<ActorMention> unknownGroups(String text, List<ActorMention> known) {
        List<ActorMention> out = new ArrayList<>();
        java.util.regex.Matcher m = UNKNOWN_GROUP.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            boolean overlaps = known.stream().anyMatch(k -> k.start() < m.end() && s < k.end());
            if (!overlaps && s > 0) {
                String name = m.group(1);
                out.add(new ActorMention(new ActorEntry(name, List.of(org.sitrep.model.Actor.UNIDENTIFIED), 3, null,
                        null, org.sitrep.extract.actor.ActorKind.ACTOR, null, List.of(name), null), s, e, name));
            }
        }
        return out;
    }

    /** "In Nigeria, ...": the country a sentence opens with. */
    private static final Pattern IN_COUNTRY = Pattern.compile("\\bIn ([A-Z][a-z]+(?: [A-Z][a-z]+)?),");

    private void countryFromText(String text, Context ctx) {
        java.util.regex.Matcher m = IN_COUNTRY.matcher(text);
        if (m.find()) {
            String code = CountryNames.code(m.group(1));
            if (code != null) {
                ctx.countryCode = code;
            }
        }
    }

    private List<ActorMention> resolve(List<ActorMention> mentions, ActorResolver resolver, String country) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            out.add(new ActorMention(resolver.resolve(m.entry(), country), m.start(), m.end(), m.text()));
        }
        return out;
    }

    private Map<PlaceMention, Location> locate(SentenceAnalysis s, Context ctx) {
        Map<PlaceMention, Location> out = new HashMap<>();
        String region = ctx.regionAdmin1;
        for (PlaceMention p : s.places) {
            if (p.isRegion() && p.region().admin1() != null) {
                region = p.region().admin1();
            }
        }
        Location container = ctx.city;
        // places named together locate each other: "the Mazzeh area of Damascus"
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
            if (!p.isRegion() && loc.placed() && loc.geoPrecision() != null && loc.geoPrecision() < 3
                    && ctx.city == null) {
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
            if (p.isRegion()) {
                ctx.region = loc;
                ctx.regionAdmin1 = p.region().admin1();
            } else if ("city".equals(p.feature()) && loc.placed() && loc.geoPrecision() != null
                    && loc.geoPrecision() < 3) {
                ctx.city = loc;
            }
        }
        return out;
    }

    private static void remember(Map<PlaceMention, Location> located, Context ctx) {
        List<Location> ps = new ArrayList<>();
        located.entrySet().stream().filter(e -> !e.getKey().isRegion())
                .sorted(java.util.Comparator.comparingInt(e -> e.getKey().start()))
                .forEach(e -> ps.add(e.getValue()));
        if (!ps.isEmpty()) {
            ctx.lastPlaces = ps;
        }
    }

    private void frame(Document doc, SentenceAnalysis s, int index, Trigger t, List<ActorMention> actors,
                       Clauses clauses, Map<PlaceMention, Location> located, Context ctx, ActorResolver resolver,
                       List<Draft> made) {
        String text = s.text();
        int cs = clauses.startOf(t.start());
        int ce = clauses.endOf(t.end(), text.length());
        FrameFilter.Verdict verdict = filter.judge(text, s.tokens, t, cs, ce);
        if (verdict == FrameFilter.Verdict.NONE) {
            return;
        }
        TriggerCategory category = t.category();
        if ((category.isBattle() || category.isRemote()) && (ctx.toldEvents || !made.isEmpty())
                && ANAPHORIC.matcher(text.substring(0, t.start())).find()) {
            return; // "killed by the bombardments": its losses go to the act told before, if one was
        }
        if (verdict == FrameFilter.Verdict.ATTEMPT && category.isTerritorial()) {
            category = TriggerCategory.CLASH;
        }
        if (category == TriggerCategory.ENTER && fightingGoesOn(doc, index)) {
            category = TriggerCategory.CLASH;
        }
        if (category == TriggerCategory.KILLED_BY || category == TriggerCategory.KILL) {
            if (s.triggers.size() > 1) {
                return; // "killed by the shelling": the shelling is the event, the deaths its losses
            }
            category = s.casualties.civilianVictims() ? TriggerCategory.ATTACK_CIVILIANS : TriggerCategory.CLASH;
        }
        if (category == TriggerCategory.CLASH && s.casualties.civilianVictims()
                && SNIPER.matcher(text.substring(t.start(), t.end())).find()) {
            category = TriggerCategory.ATTACK_CIVILIANS; // "a woman was killed by sniper fire": no fight, a killing
        }
        if ((category == TriggerCategory.CLASH || category == TriggerCategory.SIEGE || category == TriggerCategory.SHELL
                || (category == TriggerCategory.ATTACK_CIVILIANS && t.category() == TriggerCategory.KILL))
                && AIR_WORDS.matcher(text.substring(cs, t.start())).find()
                && !(category == TriggerCategory.CLASH && AIR_SUPPORT.matcher(text.substring(cs, t.start())).find())) {
            category = TriggerCategory.AIR; // "warplanes raided X", "Russian jets targeted X"
        }
        Roles roles = roleFinder.find(text, actors, s.triggers, t, cs, ce, clauses);
        if (category == TriggerCategory.AIR && groundRaid(text, t, cs, roles.actor1())) {
            category = TriggerCategory.CLASH;
        }
        boolean ownActors = roles.actor1() != null || roles.actor2() != null;
        List<Location> where = places(s, t, category, cs, ce, located, ctx);
        boolean ownPlace = !where.isEmpty();
        if (where.isEmpty() && category.isTerritorial() && IT.matcher(text).find() && !ctx.lastPlaces.isEmpty()) {
            where = List.of(ctx.lastPlaces.get(ctx.lastPlaces.size() - 1)); // "It was captured by HTS"
        }
        if (where.isEmpty() && THERE.matcher(text).find() && !ctx.lastPlaces.isEmpty()) {
            where = List.of(ctx.lastPlaces.get(ctx.lastPlaces.size() - 1));
        }
        if (where.isEmpty() && ctx.region != null && ownActors) {
            where = List.of(ctx.region);
        }
        if (!ownActors && !ownPlace) {
            return; // "An intense fighting is ongoing": context for other events, not an event of its own
        }
        if (where.isEmpty() && (category.isTerritorial() || category == TriggerCategory.WITHDRAW)) {
            return; // a change of control needs a place
        }
        ActorEntry a1 = roles.actor1();
        ActorEntry a2 = roles.actor2();
        List<ActorEntry> as1 = new ArrayList<>(roles.assoc1());
        List<ActorEntry> as2 = new ArrayList<>(roles.assoc2());
        if (a1 != null && isUnarmed(a1) && violentCategory(category)) {
            // civilians do not shell or fight: they are the ones it happened to
            if (a2 == null || isUnarmed(a2)) {
                a2 = a1;
                as2 = as1;
            }
            a1 = null;
            as1 = new ArrayList<>();
        }
        if (a1 != null && a2 != null && a1.side().equals(a2.side()) && !a1.side().equals("unidentified")
                && (category.isRemote() || category == TriggerCategory.IED)) {
            if (!as1.contains(a2)) {
                as1.add(a2); // "the army shelled X in conjunction with barrel bombs by its helicopters"
            }
            a2 = null;
            as2 = new ArrayList<>();
        }
        if (category == TriggerCategory.LOSSES || (category == TriggerCategory.WITHDRAW && a1 != null)) {
            // the one that lost or left is the one acted upon
            ActorEntry loser = a1 != null ? a1 : a2;
            a2 = loser;
            as2 = as1;
            a1 = loser == null ? null : resolver.lastOpponentOf(loser.side());
            as1 = new ArrayList<>();
            if (category == TriggerCategory.WITHDRAW && roles.actor2() != null && roles.actor2() != loser) {
                a1 = roles.actor2();
            }
        }
        if (a1 == null && category.isBattle() && a2 != null) {
            a1 = resolver.lastOpponentOf(a2.side());
        }
        if (a1 == null && category.isRemote()) {
            Draft previous = lastOfKind(made, ctx.paragraphDrafts, true);
            if (previous != null) {
                a1 = previous.actor1; // "Shelling on X and Y caused injuries": the shelling told before
            }
        }
        if (a1 == null && (category.isRemote() || category == TriggerCategory.IED || category == TriggerCategory.SUICIDE
                || category == TriggerCategory.ATTACK_CIVILIANS || category == TriggerCategory.ABDUCT
                || category == TriggerCategory.GRENADE)) {
            a1 = dictionary.byName("Unidentified armed group").orElse(null);
        }
        if (category == TriggerCategory.PROTEST || category == TriggerCategory.INTERVENTION
                || category == TriggerCategory.EXCESSIVE) {
            // ACLED: the protesters are actor1; who dispersed or fired on them is actor2
            if (a2 != null && "protesters".equals(a2.side())) {
                a2 = null; // "police fired tear gas at protesters": the protesters are actor1
            }
            if (a1 != null && !"protesters".equals(a1.side()) && !"civilians".equals(a1.side()) && a2 == null) {
                a2 = a1;
                as2 = as1;
                as1 = new ArrayList<>();
            }
            a1 = dictionary.byName("Protesters").orElse(a1);
        }
        if (category == TriggerCategory.RIOT && (a1 == null || !"protesters".equals(a1.side()))) {
            a1 = dictionary.byName("Rioters").orElse(a1);
        }
        if (a1 == null && (category.isTerritorial() || category.isBattle()) && !made.isEmpty()) {
            a1 = made.get(made.size() - 1).actor1; // "the SAA advanced on X, captured Y": one subject
        }
        if (a1 == null && category.isTerritorial()) {
            return; // who took the place is unknown: not a change of control we can record
        }
        if (a2 == null && (category == TriggerCategory.ATTACK_CIVILIANS || category == TriggerCategory.ABDUCT
                || (s.casualties.civilianVictims() && (category.isRemote() || category == TriggerCategory.IED
                || category == TriggerCategory.SUICIDE)))) {
            a2 = dictionary.byName("Civilians").orElse(null);
        }
        if (a2 != null && a2.equals(a1)) {
            a2 = null;
        }
        EventDate date = s.date;
        boolean stated = false;
        for (DateMention d : s.dates) {
            boolean future = d.date().date() != null && doc.report.referenceDate() != null
                    && d.date().date().isAfter(doc.report.referenceDate());
            if (!d.leading() && d.start() >= cs && d.end() <= ce + 20 && d.date().known() && !future) {
                date = d.date();
                stated = true;
                break;
            }
            if (d.leading()) {
                stated = true;
            }
        }
        Claim claim = s.claim;
        for (Location loc : where.isEmpty() ? java.util.Collections.<Location>singletonList(null) : where) {
            Draft d = new Draft(index, s.sentence.paragraph());
            d.category = category;
            d.actor1 = a1;
            d.assoc1 = as1;
            d.actor2 = a2;
            d.assoc2 = as2;
            d.location = loc;
            d.date = date;
            d.dateStated = stated;
            d.source = claim.source();
            d.modality = claim.modality();
            d.type = subType(category, a1, loc, ctx, text);
            d.confidence = confidence(d, ownPlace);
            d.evidenceStart = s.sentence.start();
            d.evidenceEnd = s.sentence.end();
            made.add(d);
        }
    }

    private static Draft lastOfKind(List<Draft> made, List<Draft> paragraph, boolean remote) {
        for (List<Draft> l : List.of(made, paragraph)) {
            for (int i = l.size() - 1; i >= 0; i--) {
                Draft d = l.get(i);
                if (d.category != null && d.category.isRemote() == remote && d.actor1 != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * "Jaysh al-Islam carried out a raid on regime positions": a raid by rebels or militias (ACLED
     * inter codes 2 to 4, who have no aircraft) is a ground attack, unless the clause names aircraft.
     */
    private static boolean groundRaid(String text, Trigger t, int clauseStart, ActorEntry attacker) {
        return attacker != null && attacker.inter() != null && attacker.inter() >= 2 && attacker.inter() <= 4
                && RAID.matcher(text.substring(t.start(), t.end())).find()
                && !AIR_WORDS.matcher(text.substring(clauseStart, t.end())).find();
    }

    private static boolean isUnarmed(ActorEntry e) {
        return e.side().equals("civilians") || e.side().equals("protesters") || e.side().equals("other");
    }

    private static boolean violentCategory(TriggerCategory c) {
        return c.isBattle() || c.isRemote() || c == TriggerCategory.IED || c == TriggerCategory.SUICIDE
                || c == TriggerCategory.GRENADE || c == TriggerCategory.ATTACK_CIVILIANS || c == TriggerCategory.ABDUCT;
    }

    /** "entered X" is a change of control unless the paragraph says fighting there goes on. */
    private boolean fightingGoesOn(Document doc, int index) {
        int paragraph = doc.sentences.get(index).sentence.paragraph();
        for (int j = index; j < doc.sentences.size() && j <= index + 2; j++) {
            SentenceAnalysis s = doc.sentences.get(j);
            if (s.sentence.paragraph() != paragraph) {
                break;
            }
            if (filter.saysOngoing(s.text())) {
                return true;
            }
        }
        return false;
    }

    private List<Location> places(SentenceAnalysis s, Trigger t, TriggerCategory category, int cs, int ce,
                                  Map<PlaceMention, Location> located, Context ctx) {
        List<PlaceMention> ordered = new ArrayList<>(s.places);
        ordered.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        List<PlaceMention> after = new ArrayList<>();
        List<PlaceMention> clause = new ArrayList<>();
        List<PlaceMention> sentence = new ArrayList<>();
        PlaceMention region = null;
        int nextTrigger = s.text().length();
        for (Trigger o : s.triggers) {
            if (o.start() > t.end() && o.start() < nextTrigger && !sameKind(o.category(), category)) {
                nextTrigger = o.start();
            }
        }
        boolean hasScene = ordered.stream().anyMatch(p -> !p.isRegion() && p.role() == PlaceMention.Role.SCENE);
        for (PlaceMention p : ordered) {
            if (p.isRegion()) {
                if (region == null || (p.start() >= cs && p.end() <= ce)) {
                    region = p;
                }
                continue;
            }
            if (p.role() == PlaceMention.Role.LOCATOR && (hasScene || region != null)) {
                continue; // "in the Eastern Ghouta, near Damascus": Damascus only says where the Ghouta is
            }
            if (p.role() == PlaceMention.Role.ORIGIN && !category.isTerritorial() && category != TriggerCategory.WITHDRAW) {
                continue; // "pushed towards X from the direction of Y"
            }
            sentence.add(p);
            if (p.start() >= cs && p.end() <= ce) {
                clause.add(p);
                if (p.start() >= t.end() && p.start() < nextTrigger) {
                    after.add(p);
                }
            }
        }
        List<PlaceMention> chosen;
        if (category.isTerritorial() || category == TriggerCategory.WITHDRAW || category.isRemote()
                || category == TriggerCategory.ADVANCE || category == TriggerCategory.SIEGE) {
            chosen = !after.isEmpty() ? after : !clause.isEmpty() ? clause : sentence;
        } else if (category.isBattle() || category.defaultType().type() == org.sitrep.model.EventType.EXPLOSIONS) {
            chosen = !clause.isEmpty() ? clause : sentence;
        } else {
            // a protest, an arrest, an agreement: where it happened, not every place it is about
            chosen = nearestList(!after.isEmpty() ? after : !clause.isEmpty() ? clause : sentence, t);
        }
        if (chosen.isEmpty() && region != null) {
            chosen = List.of(region);
        }
        List<Location> out = new ArrayList<>();
        for (PlaceMention p : chosen) {
            out.add(located.get(p));
        }
        return out;
    }

    /** The places of the first list after the trigger, else of the last list before it. */
    private static List<PlaceMention> nearestList(List<PlaceMention> places, Trigger t) {
        if (places.isEmpty()) {
            return places;
        }
        PlaceMention pick = null;
        for (PlaceMention p : places) {
            if (p.start() >= t.end()) {
                pick = p;
                break;
            }
        }
        if (pick == null) {
            pick = places.get(places.size() - 1);
        }
        int list = pick.list();
        return places.stream().filter(p -> p.list() == list).toList();
    }

    private static boolean sameKind(TriggerCategory a, TriggerCategory b) {
        return a == b || (a.isTerritorial() && b.isTerritorial());
    }

    private SubEventType subType(TriggerCategory category, ActorEntry taker, Location loc, Context ctx, String text) {
        if (category == TriggerCategory.WITHDRAW) {
            return SubEventType.NON_VIOLENT_TRANSFER;
        }
        if (!category.isTerritorial()) {
            return category.defaultType();
        }
        if (filter.saysNoFight(text) || (taker != null && (taker.side().equals("civilians")
                || taker.side().equals("protesters")))) {
            return SubEventType.NON_VIOLENT_TRANSFER; // handed over, or taken by people who do not fight
        }
        String country = loc != null && loc.country() != null ? CountryNames.code(loc.country()) : ctx.countryCode;
        return isGovernmentOf(taker, country) ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    /** The taker is the state of the country the place is in, or on that state's side. */
    private boolean isGovernmentOf(ActorEntry taker, String country) {
        if (taker == null) {
            return false;
        }
        return dictionary.stateForces(country)
                .map(state -> state.side().equals(taker.side()) && (taker.country() == null
                        || taker.country().equalsIgnoreCase(country) || taker.inter() == null || taker.inter() != 8))
                .orElse("government".equals(taker.side()));
    }

    private static double confidence(Draft d, boolean ownPlace) {
        double c = 0.8;
        if (!"asserted".equals(d.modality)) {
            c -= 0.1;
        }
        if (d.actor1 == null || d.actor1.side().equals("unidentified")) {
            c -= 0.1;
        }
        if (d.location == null || !d.location.placed()) {
            c -= 0.2;
        } else if (d.location.geoPrecision() != null && d.location.geoPrecision() >= 3) {
            c -= 0.1;
        }
        if (!ownPlace) {
            c -= 0.1;
        }
        return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100.0));
    }

    /**
     * A sentence with losses but no trigger: "30 HTS members were killed". Told by another source,
     * it is an event of its own (claims stay apart); else its figures belong to the paragraph's
     * last event. "The first took place on November 18": one event per ordinal.
     */
    private void orphanLosses(Document doc, SentenceAnalysis s, int index, List<ActorMention> actors, Context ctx,
                              ActorResolver resolver, List<Draft> made) {
        Draft last = ctx.paragraphDrafts.isEmpty() ? null : ctx.paragraphDrafts.get(ctx.paragraphDrafts.size() - 1);
        if (last != null && ORDINAL.matcher(s.text()).find()) {
            for (DateMention d : s.dates) {
                if (d.date().known()) {
                    Draft c = last.copy();
                    c.date = d.date();
                    c.dateStated = true;
                    c.evidenceStart = s.sentence.start();
                    c.evidenceEnd = s.sentence.end();
                    made.add(c);
                    if (!last.dateStated) {
                        ctx.paragraphDrafts.remove(last);
                        doc.drafts.remove(last);
                    }
                    return;
                }
            }
        }
        Casualties cas = s.casualties;
        if (cas.fatalities() == null || cas.fatalities() == 0 || s.claim.source() == null) {
            return;
        }
        Draft d = new Draft(index, s.sentence.paragraph());
        d.category = TriggerCategory.LOSSES;
        d.type = SubEventType.ARMED_CLASH;
        ActorEntry loser = actors.isEmpty() ? null : actors.get(0).entry();
        d.actor2 = loser;
        d.actor1 = loser == null ? resolver.lastOpponentOf(null) : resolver.lastOpponentOf(loser.side());
        d.location = ctx.lastPlaces.isEmpty() ? ctx.region : ctx.region != null ? ctx.region : ctx.lastPlaces.get(0);
        d.date = s.date;
        d.source = s.claim.source();
        d.modality = s.claim.modality();
        d.confidence = 0.5;
        d.evidenceStart = s.sentence.start();
        d.evidenceEnd = s.sentence.end();
        if (d.location != null) {
            made.add(d);
        }
    }

    /** Losses go to the sentence's first event; a sentence of losses alone, to the paragraph's last. */
    private void assignCasualties(Casualties cas, List<Draft> made, Context ctx) {
        ActorEntry civilians = dictionary.byName("Civilians").orElse(null);
        if (cas == null || !cas.saysAnything()) {
            return;
        }
        Draft target;
        if (!made.isEmpty()) {
            target = made.get(0);
        } else if (!ctx.paragraphDrafts.isEmpty()) {
            target = ctx.paragraphDrafts.get(ctx.paragraphDrafts.size() - 1);
            if (!cas.coded() && target.fatalities != null && cas.fatalities() != null && cas.fatalities() > 0) {
                return; // already counted by its own sentence
            }
        } else {
            return;
        }
        if (target.category == TriggerCategory.PROTEST && !cas.coded()) {
            return; // "protested against the killing of two civilians": deaths the protest is about, not its own
        }
        if (cas.coded() && made.isEmpty()) {
            // the source's own coded total for what the paragraph told: it replaces the figures read so far
            for (Draft d : ctx.paragraphDrafts) {
                if (d.fatalities != null) {
                    d.fatalities = 0;
                }
            }
            target.fatalities = cas.fatalities();
        } else if (cas.fatalities() != null) {
            target.fatalities = target.fatalities == null ? cas.fatalities() : target.fatalities + cas.fatalities();
            if (cas.fatalities() == 0) {
                for (Draft d : made.isEmpty() ? ctx.paragraphDrafts : made) {
                    if (d.fatalities == null) {
                        d.fatalities = 0;
                    }
                }
            }
        }
        if (cas.prisoners() != null) {
            target.prisoners = cas.prisoners();
        }
        if (cas.civilianVictims() && target.actor2 == null && target.category != null
                && (target.category.isRemote() || target.category == TriggerCategory.IED)) {
            target.actor2 = civilians; // "One child was killed by the bombardments"
        }
        target.materiel.addAll(cas.materiel());
    }
}
