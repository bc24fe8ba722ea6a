package org.sitrep.extract.learn;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.Resources;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * Scores extracted events against ACLED's records of the same notes, as the shared scorer's
 * {@code acled} mode does: per note (one report), the set of event types, of territorial
 * sub-types and of actor sides (Syrian records only, sides from {@code learn/acled-sides.tsv}),
 * the nearest predicted place against exact-precision records (a hit within 10 km), and the sum of
 * fatalities. Notes are added one at a time, so the folds of a cross-validation add up.
 */
public final class ExtractionEvaluation {
    private static final List<SideRule> SIDES = loadSides();

    private final Set<String> goldTypes = new HashSet<>();
    private final Set<String> predTypes = new HashSet<>();
    private final Set<String> goldTerritory = new HashSet<>();
    private final Set<String> predTerritory = new HashSet<>();
    private final Set<String> goldSides = new HashSet<>();
    private final Set<String> predSides = new HashSet<>();
    private final List<Double> distances = new ArrayList<>();
    private int reports;
    private int reportsWithEvents;
    private int exactReports;
    private int geoHits;
    private int fatalAny;
    private int fatalAnyOk;

    /** One note's records and the events extracted from it. */
    public void add(List<AcledRecord> note, List<Event> predicted) {
        String id = "n" + reports++;
        if (!predicted.isEmpty()) {
            reportsWithEvents++;
        }
        boolean syrian = isSyria(note.get(0).country());
        for (AcledRecord r : note) {
            goldTypes.add(id + "|" + r.label().eventType().label());
            if (r.label().subEventType() != null && r.label().subEventType().isTerritorial()) {
                goldTerritory.add(id + "|" + r.label().subEventType().label());
            }
            for (String a : new String[] {r.actor1(), r.actor2()}) {
                if (a != null && isSyria(r.country())) {
                    goldSides.add(id + "|" + sideOf(a));
                }
            }
        }
        int fatalPred = 0;
        List<double[]> points = new ArrayList<>();
        for (Event e : predicted) {
            String type = EventType.RIOTS.label().equals(e.eventType()) ? EventType.PROTESTS.label() : e.eventType();
            predTypes.add(id + "|" + type);
            if (e.subEventType() != null && SubEventType.fromLabel(e.subEventType()).isTerritorial()) {
                predTerritory.add(id + "|" + e.subEventType());
            }
            for (Actor a : new Actor[] {e.actor1(), e.actor2()}) {
                if (a != null && a.side() != null && syrian) {
                    predSides.add(id + "|" + a.side());
                }
            }
            Location l = e.location();
            if (l != null && l.latitude() != null && l.longitude() != null) {
                points.add(new double[] {l.latitude(), l.longitude()});
            }
            fatalPred += e.fatalities();
        }
        List<AcledRecord> exact = note.stream()
                .filter(r -> Integer.valueOf(1).equals(r.geoPrecision()) && r.latitude() != null).toList();
        if (!exact.isEmpty()) {
            exactReports++;
            double best = Double.MAX_VALUE;
            for (AcledRecord r : exact) {
                for (double[] p : points) {
                    best = Math.min(best, kilometres(r.latitude(), r.longitude(), p[0], p[1]));
                }
            }
            if (best < Double.MAX_VALUE) {
                distances.add(best);
                if (best <= 10) {
                    geoHits++;
                }
            }
        }
        int fatalGold = note.stream().mapToInt(AcledRecord::fatalities).sum();
        if (fatalGold > 0 || fatalPred > 0) {
            fatalAny++;
            if (fatalGold == fatalPred) {
                fatalAnyOk++;
            }
        }
    }

    public double typeF1() {
        return f1(goldTypes, predTypes);
    }

    public double territoryF1() {
        return f1(goldTerritory, predTerritory);
    }

    public double sidesF1() {
        return f1(goldSides, predSides);
    }

    public double location10km() {
        return exactReports == 0 ? 0 : (double) geoHits / exactReports;
    }

    /** Notes where ACLED or the extraction has deaths whose sums agree. */
    public double fatalitiesExact() {
        return fatalAny == 0 ? 0 : (double) fatalAnyOk / fatalAny;
    }

    public int reports() {
        return reports;
    }

    /** The figures, one per line, named as the shared scorer names them. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "reports %d (with predictions %d)%n", reports, reportsWithEvents);
        out.printf(Locale.ROOT, "event type      %s%n", prf(goldTypes, predTypes));
        out.printf(Locale.ROOT, "territory       %s (%d gold)%n", prf(goldTerritory, predTerritory), goldTerritory.size());
        out.printf(Locale.ROOT, "actor sides     %s%s%n", prf(goldSides, predSides),
                goldSides.isEmpty() ? " (no Syrian records: not scored)" : "");
        List<Double> sorted = distances.stream().sorted().toList();
        out.printf(Locale.ROOT, "location <=10km %.3f of %d exact-precision reports (median error %.1f km over %d located)%n",
                location10km(), exactReports, sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2), sorted.size());
        out.printf(Locale.ROOT, "fatalities exact %.3f where ACLED or the extraction has deaths (%d reports)%n",
                fatalitiesExact(), fatalAny);
        out.printf(Locale.ROOT, "acled type-F1=%.3f territory-F1=%.3f sides-F1=%.3f geo10=%.3f fatal=%.3f%n",
                typeF1(), territoryF1(), sidesF1(), location10km(), fatalitiesExact());
    }

    private static String prf(Set<String> gold, Set<String> pred) {
        int tp = intersection(gold, pred);
        double p = pred.isEmpty() ? 0 : (double) tp / pred.size();
        double r = gold.isEmpty() ? 0 : (double) tp / gold.size();
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static double f1(Set<String> gold, Set<String> pred) {
        int tp = intersection(gold, pred);
        return gold.size() + pred.size() == 0 ? 0 : 2.0 * tp / (gold.size() + pred.size());
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSyria(String country) {
        return country == null || country.equals("Syria");
    }

    /** The side an ACLED actor name stands for. */
    public static String sideOf(String acledActor) {
        String n = acledActor.toLowerCase(Locale.ROOT);
        for (SideRule r : SIDES) {
            if (r.pattern().matcher(n).find()) {
                return r.side();
            }
        }
        return null;
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }

    private record SideRule(Pattern pattern, String side) {
    }

    private static List<SideRule> loadSides() {
        List<SideRule> out = new ArrayList<>();
        for (String line : Resources.lines("learn/acled-sides.tsv")) {
            String[] f = line.split("\t");
            out.add(new SideRule(Pattern.compile(f[0].strip()), f[1].strip()));
        }
        return out;
    }
}
