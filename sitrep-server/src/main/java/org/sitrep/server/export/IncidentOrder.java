package org.sitrep.server.export;

import java.util.List;
import org.sitrep.store.event.EventQuery;

/** The ids of the merged events a query matches, in the API's order: the server's in-memory index answers it. */
@FunctionalInterface
public interface IncidentOrder {
    List<Long> ids(EventQuery query);
}
