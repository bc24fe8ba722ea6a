package org.sitrep.server.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.view.IncidentView;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;

/**
 * The JSON an alert posts: which rule fired, the event with every source's account and its
 * evidence, whether other sources corroborate it yet, and a link to it on the map.
 */
final class AlertPayload {
    private AlertPayload() {
    }

    static String of(AlertRule rule, Incident incident, long seq, String baseUrl) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", rule.id());
        alert.put("watches", rule.describe());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alert", alert);
        body.put("change", seq);
        body.put("event", IncidentView.detail(incident));
        body.put("sources", incident.sources());
        body.put("evidence", incident.claims().stream().map(AlertPayload::evidence).toList());
        // corroborated: more than one independent source tells it (a relay of the same text is not one)
        body.put("corroboration", incident.corroboration());
        body.put("corroborated", incident.corroboration() > 1);
        body.put("map_link", baseUrl + "#event=" + incident.id());
        try {
            return SitrepJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an alert", e);
        }
    }

    private static Map<String, Object> evidence(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", c.source());
        m.put("modality", c.modality());
        m.put("report", c.reportId());
        m.put("sentence", c.evidence() == null ? null : c.evidence().text());
        return m;
    }
}
