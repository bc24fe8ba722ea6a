package org.sitrep.store.event;

import org.sitrep.model.Event;

/**
 * An event as stored: one report's account, with its place in the store.
 *
 * @param id         the event's row id
 * @param incidentId the merged incident it belongs to
 * @param source     who says so (attribution source, else the report's narrator)
 */
public record StoredEvent(long id, String reportId, int seq, long incidentId, String source, Event event) {
}
