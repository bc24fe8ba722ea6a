package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;

/** Checks the store's invariants: what must hold after any sequence of commits and crashes. */
final class StoreConsistency {
    private StoreConsistency() {
    }

    static void check(Store store) {
        store.database().read(c -> {
            assertEquals(0, Sql.count(c, "SELECT COUNT(*) FROM event WHERE incident_id IS NULL", List.of()),
                    "every event belongs to an incident");
            assertEquals(0, Sql.count(c, "SELECT COUNT(*) FROM incident i WHERE NOT EXISTS"
                    + " (SELECT 1 FROM event e WHERE e.incident_id = i.id)", List.of()), "no empty incident");
            assertEquals(0, Sql.count(c, "SELECT COUNT(*) FROM report r WHERE r.event_count <>"
                    + " (SELECT COUNT(*) FROM event e WHERE e.report_id = r.id)", List.of()),
                    "every report has exactly the events it says");
            assertEquals(0, Sql.count(c, "SELECT COUNT(*) FROM incident i WHERE i.claim_count <>"
                    + " (SELECT COUNT(*) FROM event e WHERE e.incident_id = i.id)", List.of()),
                    "every incident counts its claims");
            return null;
        });
        PageRequest page = PageRequest.first(500);
        while (true) {
            Page<Incident> incidents = store.incidents().find(EventQuery.all(), page);
            for (Incident i : incidents.items()) {
                Set<String> sources = new HashSet<>();
                for (Claim claim : i.claims()) {
                    if (!claim.denied()) {
                        sources.add(org.sitrep.store.db.Keys.of(claim.source()));
                    }
                }
                assertEquals(sources.size(), i.corroboration(), "corroboration of incident " + i.id());
            }
            if (!incidents.hasMore()) {
                return;
            }
            page = page.next();
        }
    }
}
