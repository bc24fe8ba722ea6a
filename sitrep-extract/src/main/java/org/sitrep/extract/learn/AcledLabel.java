package org.sitrep.extract.learn;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.Resources;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * An ACLED record's type in the current taxonomy: the event type, and the sub-event type where the
 * record tells it. Old ACLED types (before 2019: "Remote violence", "Battle-No change of
 * territory", ...) are mapped by {@code learn/acled-old-types.tsv}, the mapping the shared scorer
 * uses.
 *
 * @param eventType    the current event type
 * @param subEventType the current sub-event type, or null when the record does not tell it
 */
public record AcledLabel(EventType eventType, SubEventType subEventType) {
    private static final Map<String, AcledLabel> OLD = loadOld();

    /** Whether the record tells a change of control; null when that cannot be known. */
    public Boolean territory() {
        if (subEventType != null) {
            return subEventType.isTerritorial();
        }
        // Only battles and strategic developments have territorial sub-types.
        return eventType == EventType.BATTLES || eventType == EventType.STRATEGIC_DEVELOPMENTS ? null : Boolean.FALSE;
    }

    /**
     * The label of a record's {@code event_type} and (possibly blank) {@code sub_event_type};
     * an old type's own sub-type wins only when the record gives none.
     *
     * @throws IllegalArgumentException for a type that is neither current nor old ACLED
     */
    public static AcledLabel of(String eventType, String subEventType) {
        String type = eventType == null ? "" : eventType.strip();
        String sub = subEventType == null ? "" : subEventType.strip();
        AcledLabel base = OLD.get(type.toLowerCase(Locale.ROOT));
        if (base == null) {
            base = new AcledLabel(EventType.find(type)
                    .orElseThrow(() -> new IllegalArgumentException("unknown ACLED event type '" + eventType + "'")), null);
        }
        if (sub.isEmpty()) {
            return base;
        }
        SubEventType s = SubEventType.fromLabel(sub);
        if (s.type() != base.eventType()) {
            throw new IllegalArgumentException("sub-event type '" + sub + "' is not of event type '" + eventType + "'");
        }
        return new AcledLabel(base.eventType(), s);
    }

    private static Map<String, AcledLabel> loadOld() {
        Map<String, AcledLabel> out = new HashMap<>();
        for (String line : Resources.lines("learn/acled-old-types.tsv")) {
            String[] f = line.split("\t");
            SubEventType sub = f.length > 2 && !f[2].isBlank() ? SubEventType.fromLabel(f[2].strip()) : null;
            out.put(f[0].strip().toLowerCase(Locale.ROOT), new AcledLabel(EventType.fromLabel(f[1].strip()), sub));
        }
        return out;
    }
}
