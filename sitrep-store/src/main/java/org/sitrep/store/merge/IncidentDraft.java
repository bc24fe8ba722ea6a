package org.sitrep.store.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.EventRow;

/**
 * An incident as the transaction storing a report sees it: a stored incident with the members it
 * has now, or one this report creates. Merging decides in memory, then {@link IncidentWriter} writes
 * each changed incident once.
 */
final class IncidentDraft {
    private Long id;
    private final long order;
    private final String eventType;
    private final String placeKey;
    private final String monthDay;
    /** The stored window: the window of an incident whose members were all removed. */
    private final DateWindow storedWindow;
    private final List<Member> members = new ArrayList<>();
    private DateWindow membersWindow;
    private boolean changed;
    /** For a new incident: the stable id of the event that founds it, or the pinned id, when free. */
    private Long wantedId;

    private IncidentDraft(Long id, long order, String eventType, String placeKey, String monthDay,
            DateWindow storedWindow) {
        this.id = id;
        this.order = order;
        this.eventType = eventType;
        this.placeKey = placeKey;
        this.monthDay = monthDay;
        this.storedWindow = storedWindow;
    }

    /** A stored incident; its members are added with {@link #load}. */
    static IncidentDraft stored(long id, String eventType, String placeKey, String monthDay, DateWindow window) {
        return new IncidentDraft(id, id, eventType, placeKey, monthDay, window);
    }

    /** A new incident for {@code row}, ordered after every stored one and the ones created before it. */
    static IncidentDraft created(EventRow row, long order) {
        return new IncidentDraft(null, order, row.event().eventType(), row.placeKey(), row.event().monthDay(),
                row.window());
    }

    /** A new incident that should take {@code id} (its founder's stable id, or an id people pinned). */
    static IncidentDraft created(EventRow row, long order, long id) {
        IncidentDraft d = created(row, order);
        d.wantedId = id;
        return d;
    }

    /** The id a new incident should take when free (its founder's stable id). */
    void want(long id) {
        wantedId = id;
    }

    Long wantedId() {
        return wantedId;
    }

    /** Marks it as changed by this transaction: its summary is to be written. */
    void markChanged() {
        changed = true;
    }

    void add(Member m) {
        members.add(m);
        if (m.window() != null) {
            membersWindow = membersWindow == null ? m.window() : membersWindow.common(m.window());
        }
    }

    /**
     * Whether {@code row} may tell this incident: its date window overlaps the days the incident
     * allows (or both are known by day and month only, the same day), and its sides agree with
     * every member's.
     */
    boolean accepts(EventRow row, Sides sides) {
        DateWindow window = window();
        if (row.window() != null) {
            if (window == null || !window.overlaps(row.window())) {
                return false;
            }
        } else if (row.event().monthDay() == null || window != null || !Objects.equals(monthDay, row.event().monthDay())) {
            return false;
        }
        for (Member m : members) {
            if (!sides.compatibleWith(m.sides())) {
                return false;
            }
        }
        return true;
    }

    DateWindow window() {
        return members.isEmpty() ? storedWindow : membersWindow;
    }

    /** The key of the incidents an event may join: same event type, same place. */
    static String matchKey(String eventType, String placeKey) {
        return eventType + "\u0000" + placeKey;
    }

    String matchKey() {
        return matchKey(eventType, placeKey);
    }

    Long id() {
        return id;
    }

    void assignId(long newId) {
        if (id != null) {
            throw new IllegalStateException("incident " + id + " already has an id");
        }
        id = newId;
    }

    long order() {
        return order;
    }

    boolean isNew() {
        return id == null;
    }

    boolean changed() {
        return changed;
    }

    String eventType() {
        return eventType;
    }

    String placeKey() {
        return placeKey;
    }

    List<Member> members() {
        return members;
    }
}
