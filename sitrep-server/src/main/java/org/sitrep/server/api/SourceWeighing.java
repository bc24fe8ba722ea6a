package org.sitrep.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.control.ContestedPeriod;
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.sources.SourceBelief;
import org.sitrep.store.sources.SourceStore;

/**
 * What the sources' reliability does to an account: an event's {@code confidence} (the extractor's
 * confidence times the belief its independent sources give it, {@link SourceBelief}) with each
 * claim's source's reliability ({@code source_reliability}, by the name the claim gives), and in a
 * contested period of control, which change the evidence favours and by how much, every change
 * kept with its own belief.
 */
final class SourceWeighing {
    private final SourceStore sources;

    SourceWeighing(SourceStore sources) {
        this.sources = sources;
    }

    /** The belief the claims' sources give their account (denials count against it). */
    SourceBelief belief(List<Claim> claims) {
        List<String> names = new ArrayList<>();
        Set<String> denied = new HashSet<>();
        for (Claim c : claims) {
            if (c.source() == null) {
                continue;
            }
            names.add(c.source());
            if (c.denied()) {
                denied.add(c.source());
            }
        }
        return sources.belief(names, denied);
    }

    /** Adds {@code confidence}, {@code extraction_confidence} and {@code source_belief} to an event's JSON. */
    void addTo(ObjectNode event, double extractionConfidence, List<Claim> claims) {
        SourceBelief b = belief(claims);
        event.put("confidence", round(extractionConfidence * b.probability()));
        event.put("extraction_confidence", round(extractionConfidence));
        event.set("source_belief", SitrepJson.mapper().valueToTree(b));
        // each claim's source as the claim names it, with its reliability: for the event card
        ObjectNode bySource = SitrepJson.mapper().createObjectNode();
        for (Claim c : claims) {
            String key = c.source() == null ? null : sources.registry().canonicalKey(c.source());
            b.sources().stream().filter(w -> w.key().equals(key)).findFirst()
                    .ifPresent(w -> bySource.set(c.source(), SitrepJson.mapper().valueToTree(w)));
        }
        event.set("source_reliability", bySource);
    }

    /** Adds to each contested period its changes' beliefs, strongest first, and the one favoured. */
    void addTo(ArrayNode contestedJson, List<ContestedPeriod> periods) {
        for (int i = 0; i < periods.size() && i < contestedJson.size(); i++) {
            List<ObjectNode> weighed = new ArrayList<>();
            for (ControlChange change : periods.get(i).changes()) {
                SourceBelief b = belief(change.claims());
                ObjectNode n = SitrepJson.mapper().createObjectNode();
                n.put("incident_id", change.incidentId());
                n.put("side", change.side());
                n.put("belief", round(b.probability()));
                n.put("independent_sources", b.independentSources());
                n.put("explanation", b.explanation());
                weighed.add(n);
            }
            weighed.sort(Comparator.comparingDouble((ObjectNode n) -> -n.get("belief").asDouble()));
            ObjectNode period = (ObjectNode) contestedJson.get(i);
            period.set("evidence", SitrepJson.mapper().valueToTree(weighed));
            if (weighed.size() > 1) {
                ObjectNode favoured = SitrepJson.mapper().createObjectNode();
                double margin = weighed.get(0).get("belief").asDouble() - weighed.get(1).get("belief").asDouble();
                favoured.put("incident_id", weighed.get(0).get("incident_id").asLong());
                favoured.put("side", weighed.get(0).get("side").asText());
                favoured.put("by", round(margin));
                favoured.put("decisive", margin >= 0.2);
                period.set("favoured", favoured);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
