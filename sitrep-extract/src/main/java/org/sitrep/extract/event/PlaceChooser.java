package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;

/**
 * Where a trigger's event happened: the places its clause names after it (a capture, a strike), in
 * its clause (a battle), or the nearest list (a protest, an arrest: where it happened, not every
 * place it is about); else the place the paragraph spoke of last ("it", "there") or its region.
 */
public final class PlaceChooser {
    private final EventWords words;

    public PlaceChooser(EventWords words) {
        this.words = words;
    }

    /** The chosen places, and whether the sentence named them itself (not inherited from the paragraph). */
    public record Placement(List<Location> where, boolean ownPlace) {
    }

    public Placement choose(SentenceAnalysis s, Trigger t, TriggerCategory category, int cs, int ce,
                            Map<PlaceMention, Location> located, ParagraphContext ctx, boolean ownActors) {
        String text = s.text();
        List<Location> where = named(s, t, category, cs, ce, located);
        boolean ownPlace = !where.isEmpty();
        if (where.isEmpty() && category.isTerritorial() && words.pronounOpening.matcher(text).find() && ctx.lastPlace() != null) {
            where = List.of(ctx.lastPlace()); // "It was captured by HTS"
        }
        if (where.isEmpty() && words.there.matcher(text).find() && ctx.lastPlace() != null) {
            where = List.of(ctx.lastPlace());
        }
        if (where.isEmpty() && ctx.region != null && ownActors) {
            where = List.of(ctx.region);
        }
        return new Placement(where, ownPlace);
    }

    private static List<Location> named(SentenceAnalysis s, Trigger t, TriggerCategory category, int cs, int ce,
                                        Map<PlaceMention, Location> located) {
        List<PlaceMention> ordered = new ArrayList<>(s.places);
        ordered.sort(Comparator.comparingInt(PlaceMention::start));
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
            if (p.role() == PlaceMention.Role.PARTY && (hasScene || region != null)) {
                continue; // "repelled an assault on X ..., adding that Russia lost 40 soldiers": X is the scene
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
        } else if (category.isBattle() || category.defaultType().type() == EventType.EXPLOSIONS
                || category == TriggerCategory.DISRUPT // where the weapons were, as where they would have struck
                || category == TriggerCategory.RIOT) { // a fight with a crowd, in each place it is told
            chosen = !clause.isEmpty() ? clause : sentence;
        } else {
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
}
