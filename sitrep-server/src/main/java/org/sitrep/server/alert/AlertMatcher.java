package org.sitrep.server.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.store.Store;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.alert.AlertStore;
import org.sitrep.store.change.Change;
import org.sitrep.store.change.ChangeKind;
import org.sitrep.store.merge.Incident;

/**
 * Matches the events added since the matching cursor against every rule and records the alerts:
 * a rule only sees events added after it was made.
 */
final class AlertMatcher {
    private static final int BATCH = 500;

    private final Store store;
    private final Supplier<String> baseUrl;

    AlertMatcher(Store store, Supplier<String> baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** Matches what is new; answers how many alerts were recorded. */
    int matchNew() {
        AlertStore alerts = store.alerts();
        int recorded = 0;
        while (true) {
            List<AlertRule> rules = alerts.rules(null);
            if (rules.isEmpty()) {
                return recorded;
            }
            long cursor = alerts.cursor();
            long earliest = rules.stream().mapToLong(AlertRule::startSeq).min().orElseThrow();
            List<Change> changes = store.changes().since(Math.max(cursor, earliest), BATCH);
            if (changes.isEmpty()) {
                return recorded;
            }
            List<AlertStore.Match> matches = new ArrayList<>();
            for (Change c : changes) {
                if (c.kind() == ChangeKind.ADDED) {
                    store.incidents().get(c.eventId()).ifPresent(i -> matches.addAll(matches(rules, i, c.seq())));
                }
            }
            recorded += alerts.record(cursor, changes.get(changes.size() - 1).seq(), matches).size();
            if (changes.size() < BATCH) {
                return recorded;
            }
        }
    }

    private List<AlertStore.Match> matches(List<AlertRule> rules, Incident incident, long seq) {
        List<AlertStore.Match> out = new ArrayList<>();
        for (AlertRule r : rules) {
            if (seq > r.startSeq() && r.matches(incident)) {
                out.add(new AlertStore.Match(r, incident.id(), seq, AlertPayload.of(r, incident, seq, baseUrl.get())));
            }
        }
        return out;
    }
}
