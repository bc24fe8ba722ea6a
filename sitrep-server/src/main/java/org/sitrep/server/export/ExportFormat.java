package org.sitrep.server.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sitrep.server.BadParameterException;

/**
 * What {@code sitrep export} writes: ACLED's CSV and GeoJSON of the merged events (one row or
 * feature per event, every source named), or JSON Lines of every source's account (the event JSON
 * the store keeps: lossless, and what {@code sitrep extract} writes), or the events people reviewed
 * as training records ({@link TrainingCsv}).
 */
public enum ExportFormat {
    ACLED_CSV("acled-csv"), GEOJSON("geojson"), JSONL("jsonl"),
    /** Reviewed events with each account's sentence, as ACLED CSV training records. */
    TRAINING("training");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ExportFormat of(String label) {
        for (ExportFormat f : values()) {
            if (f.label.equalsIgnoreCase(label)) {
                return f;
            }
        }
        throw new BadParameterException("unknown export format '" + label + "' (known: "
                + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")) + ")");
    }
}
