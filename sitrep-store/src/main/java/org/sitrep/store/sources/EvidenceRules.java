package org.sitrep.store.sources;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.store.event.DateWindow;

/**
 * Decides what an incident says about each source that tells it: corroborated (an independent
 * source tells it too), contradicted (a denial, a rival holder of the place on the same days or a
 * fatality figure far from the others', backed by at least as many independent sources), reversed
 * (a change of control the other side undid within {@link #REVERSAL_DAYS} days), against interest
 * (a loss of the side the source favours), and what analysts decided about it.
 */
final class EvidenceRules {
    /** A change of control undone within this many days counts against the source that claimed it. */
    static final int REVERSAL_DAYS = 14;
    /** Figures this many times apart, and {@link #FAR_GAP} apart, are far outside each other. */
    private static final int FAR_RATIO = 3;
    private static final int FAR_GAP = 5;
    /** An analyst's decision outweighs any number of sources. */
    private static final int REVIEW_SUPPORT = 1000;

    private final SourceRegistry registry;

    EvidenceRules(SourceRegistry registry) {
        this.registry = registry;
    }

    /**
     * The evidence rows of one incident.
     *
     * @param samePlace the other territorial incidents at its place near its days (for a change of
     *                  control: rival holders and reversals)
     */
    List<ClaimEvidence> evaluate(IncidentAccounts incident, List<IncidentAccounts> samePlace) {
        List<Account> asserting = incident.asserting();
        List<Account> denying = incident.denying();
        boolean rivalHolder = incident.territorial() && rivalOutweighs(incident, samePlace);
        boolean reversed = incident.territorial() && !incident.confirmed() && reversedSoon(incident, samePlace);
        List<ClaimEvidence> out = new ArrayList<>();
        for (Account a : asserting) {
            boolean corroborated = asserting.stream().anyMatch(o -> registry.independent(a.sourceKey(), o.sourceKey()));
            List<Account> deniers = denying.stream()
                    .filter(d -> registry.independent(a.sourceKey(), d.sourceKey())).toList();
            boolean deniedEnough = !deniers.isEmpty() && groups(deniers) >= groups(asserting);
            boolean contradicted = incident.rejected() || (!incident.confirmed()
                    && (deniedEnough || rivalHolder || farOutside(a, asserting)));
            String favours = registry.favours(a.sourceKey());
            boolean against = againstInterest(incident, a, favours);
            boolean gain = favours != null && !against && favours.equals(incident.taker());
            double weightFor = (corroborated ? (against ? 2 : 1) : 0) + (incident.confirmed() ? 1 : 0);
            double weightAgainst = (contradicted ? 1 : 0) + (incident.rejected() ? 1 : 0) + (reversed ? 0.5 : 0);
            out.add(new ClaimEvidence(incident.id(), a.sourceKey(), a.sourceName(), incident.period(), 0,
                    flag(corroborated), flag(contradicted), flag(reversed),
                    flag(incident.territorial() && !corroborated && !incident.confirmed()), flag(against),
                    flag(gain), flag(incident.confirmed()), flag(incident.rejected()), weightFor, weightAgainst,
                    place(incident), territorialWindow(incident)));
        }
        for (Account d : denying) {
            List<Account> assertingOthers = asserting.stream()
                    .filter(a -> registry.independent(d.sourceKey(), a.sourceKey())).toList();
            boolean corroborated = incident.rejected()
                    || denying.stream().anyMatch(o -> registry.independent(d.sourceKey(), o.sourceKey()));
            boolean contradicted = incident.confirmed()
                    || (!incident.rejected() && groups(assertingOthers) > groups(denying));
            String favours = registry.favours(d.sourceKey());
            // denying a loss of its own side serves its side
            boolean selfServing = favours != null && favours.equals(lossOf(incident));
            double weightFor = (corroborated ? 1 : 0);
            double weightAgainst = (contradicted ? 1 : 0) + (incident.confirmed() ? 1 : 0);
            out.add(new ClaimEvidence(incident.id(), d.sourceKey(), d.sourceName(), incident.period(), 1,
                    flag(corroborated), flag(contradicted), 0, 0, 0, flag(selfServing), flag(incident.confirmed()),
                    flag(incident.rejected()), weightFor, weightAgainst, place(incident),
                    territorialWindow(incident)));
        }
        return out;
    }

    private static String place(IncidentAccounts incident) {
        return incident.territorial() ? incident.placeKey() : null;
    }

    private static DateWindow territorialWindow(IncidentAccounts incident) {
        return incident.territorial() ? incident.window() : null;
    }

    /** The side that loses by the incident: the place's former holder, or the side that suffers deaths. */
    private static String lossOf(IncidentAccounts incident) {
        if (incident.territorial()) {
            return incident.target();
        }
        boolean deaths = incident.accounts().stream().anyMatch(a -> a.fatalities() > 0);
        return deaths ? incident.target() : null;
    }

    private static boolean againstInterest(IncidentAccounts incident, Account a, String favours) {
        if (favours == null) {
            return false;
        }
        if (incident.territorial()) {
            return favours.equals(incident.target()); // its side lost the place
        }
        return a.fatalities() > 0 && favours.equals(a.target() != null ? a.target() : incident.target());
    }

    /** How many mutually independent sources are among these accounts. */
    private int groups(List<Account> accounts) {
        List<String> counted = new ArrayList<>();
        for (Account a : accounts) {
            if (counted.stream().allMatch(k -> registry.independent(k, a.sourceKey()))) {
                counted.add(a.sourceKey());
            }
        }
        return counted.size();
    }

    /** Supports computed in this run, by incident id: a busy place's incidents are each other's rivals. */
    private final java.util.Map<Long, Integer> supports = new java.util.HashMap<>();

    private int support(IncidentAccounts i) {
        return supports.computeIfAbsent(i.id(), id -> supportOf(i));
    }

    private int supportOf(IncidentAccounts i) {
        return groups(i.asserting()) + (i.confirmed() ? REVIEW_SUPPORT : 0) - (i.rejected() ? REVIEW_SUPPORT : 0);
    }

    /** Another change of control of the place to another side on the same days, told at least as strongly. */
    private boolean rivalOutweighs(IncidentAccounts incident, List<IncidentAccounts> samePlace) {
        DateWindow w = incident.window();
        String side = incident.taker();
        if (w == null || side == null) {
            return false;
        }
        int mine = support(incident);
        return samePlace.stream().filter(o -> o.id() != incident.id() && !o.asserting().isEmpty())
                .anyMatch(o -> o.window() != null && o.window().overlaps(w) && o.taker() != null
                        && !side.equals(o.taker()) && support(o) >= mine);
    }

    /** The place passed to another side within {@link #REVERSAL_DAYS} days after this change. */
    private static boolean reversedSoon(IncidentAccounts incident, List<IncidentAccounts> samePlace) {
        DateWindow w = incident.window();
        String side = incident.taker();
        if (w == null || side == null) {
            return false;
        }
        return samePlace.stream().filter(o -> o.id() != incident.id() && !o.asserting().isEmpty() && !o.rejected())
                .anyMatch(o -> o.window() != null && o.taker() != null && !Objects.equals(side, o.taker())
                        && o.window().start().isAfter(w.end())
                        && ChronoUnit.DAYS.between(w.end(), o.window().start()) <= REVERSAL_DAYS);
    }

    /** A figure far from what the other independent sources say (their median). */
    private boolean farOutside(Account a, List<Account> asserting) {
        if (a.fatalities() <= 0) {
            return false;
        }
        List<Integer> others = asserting.stream()
                .filter(o -> o.fatalities() > 0 && registry.independent(a.sourceKey(), o.sourceKey()))
                .map(Account::fatalities).sorted().toList();
        if (others.isEmpty()) {
            return false;
        }
        int median = others.get(others.size() / 2);
        int low = Math.min(median, a.fatalities());
        int high = Math.max(median, a.fatalities());
        return high >= FAR_RATIO * low && high - low >= FAR_GAP;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }
}
