package org.sitrep.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.FilterAliases;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.export.ExportFormat;
import org.sitrep.server.export.Exporter;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.review.ReviewFilter;

/**
 * {@code GET /api/export?format=acled-csv|geojson|jsonl&...filters}: the events matching the
 * filters as a file download, written as {@code sitrep export} writes it (streamed: any size).
 */
public final class ExportApi {
    private static final Set<String> PARAMS = Filters.union(Filters.EVENT_FILTERS, Set.of("format"));

    private final Exporter exporter;
    private final Supplier<FilterAliases> aliases;

    public ExportApi(Exporter exporter, Supplier<FilterAliases> aliases) {
        this.exporter = exporter;
        this.aliases = aliases;
    }

    public void download(Context ctx) throws IOException {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, PARAMS);
        String label = Filters.value(params, "format");
        if (label == null) {
            throw new BadParameterException("'format' is required: acled-csv, geojson or jsonl");
        }
        ExportFormat format = ExportFormat.of(label);
        EventQuery query = aliases.get().eventQuery(params);
        ReviewFilter review = ReviewFilters.of(params);
        // everything is checked before the first byte: after it, an error can no longer be a JSON answer
        ctx.contentType(contentType(format) + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(format) + "\"");
        OutputStream out = ctx.outputStream();
        exporter.export(query, review, format, out);
        out.flush();
    }

    static String contentType(ExportFormat format) {
        return switch (format) {
            case ACLED_CSV -> "text/csv";
            case GEOJSON -> "application/geo+json";
            case JSONL -> "application/x-ndjson";
            case TRAINING -> "text/csv";
        };
    }

    static String fileName(ExportFormat format) {
        return switch (format) {
            case ACLED_CSV -> "sitrep-events.csv";
            case GEOJSON -> "sitrep-events.geojson";
            case JSONL -> "sitrep-accounts.jsonl";
            case TRAINING -> "sitrep-training.csv";
        };
    }
}
