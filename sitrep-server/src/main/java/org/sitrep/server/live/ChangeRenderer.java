package org.sitrep.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.server.view.IncidentView;
import org.sitrep.store.change.Change;
import org.sitrep.store.change.ChangeKind;

/**
 * Renders changes as stream messages: an added or changed event carries its list form (what
 * {@code /api/events} shows, so the map can draw it without another request), a removal its id, a
 * change of control its place.
 */
final class ChangeRenderer {
    private final IncidentSummaries summaries;

    ChangeRenderer(IncidentSummaries summaries) {
        this.summaries = summaries;
    }

    List<StreamMessage> render(List<Change> changes) {
        List<Long> shown = changes.stream().filter(c -> c.kind() == ChangeKind.ADDED || c.kind() == ChangeKind.CHANGED)
                .map(Change::eventId).distinct().toList();
        Map<Long, IncidentView> views = summaries.byIds(shown).stream()
                .collect(Collectors.toMap(IncidentView::id, Function.identity(), (a, b) -> a));
        List<StreamMessage> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("seq", c.seq());
            body.put("kind", c.kind().label());
            body.put("event_id", c.eventId());
            body.put("at", c.at().toString());
            if (c.kind() == ChangeKind.CONTROL) {
                body.put("place_id", c.placeKey());
            }
            IncidentView view = views.get(c.eventId());
            if (view != null) {
                body.put("event", view);
            }
            out.add(new StreamMessage(c.seq(), c.kind().label(), json(body)));
        }
        return out;
    }

    private static String json(Object body) {
        try {
            return SitrepJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a stream message", e);
        }
    }
}
