package org.sitrep.server.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.geojson.EventProperties;
import org.sitrep.server.geojson.Feature;
import org.sitrep.server.view.IncidentView;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;

/** Writes the events matching a query in one of the {@link ExportFormat}s, streaming (any size). */
public final class Exporter {
    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    public ExportSummary export(EventQuery query, ExportFormat format, OutputStream out) throws IOException {
        try {
            return switch (format) {
                case ACLED_CSV -> acled(query, out);
                case GEOJSON -> geojson(query, out);
                case JSONL -> jsonl(query, out);
            };
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Undated events are left out: an ACLED row needs a date. */
    private ExportSummary acled(EventQuery query, OutputStream out) throws IOException {
        AcledCsv csv = new AcledCsv();
        Map<String, Instant> ingested = ingestTimes();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(AcledCsv.line(AcledCsv.COLUMNS));
        long[] n = new long[2];
        StorePages.each(r -> store.incidents().find(query, r), StorePages.PAGE, i -> {
            if (i.date() == null) {
                n[1]++;
                return;
            }
            write(w, AcledCsv.line(csv.row(i, ingested)));
            n[0]++;
        });
        w.flush();
        return new ExportSummary(n[0], n[1], n[1] == 0 ? null : "year unknown: an ACLED row needs a date");
    }

    /** A FeatureCollection written feature by feature; events without coordinates are left out. */
    private ExportSummary geojson(EventQuery query, OutputStream out) throws IOException {
        ObjectMapper mapper = SitrepJson.mapper();
        long[] n = new long[2];
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            StorePages.each(r -> store.incidents().find(query, r), StorePages.PAGE, i -> {
                Feature f = EventProperties.feature(IncidentView.summary(i));
                if (f == null) {
                    n[1]++;
                    return;
                }
                try {
                    mapper.writeValue(g, f);
                    g.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
        return new ExportSummary(n[0], n[1], n[1] == 0 ? null : "no coordinates");
    }

    /** Every source's account, one event JSON per line (the form {@code sitrep extract} writes). */
    private ExportSummary jsonl(EventQuery query, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] n = new long[1];
        StorePages.each(r -> store.events().find(query, r), StorePages.PAGE, e -> {
            write(w, SitrepJson.eventLine(e.event()) + "\n");
            n[0]++;
        });
        w.flush();
        return new ExportSummary(n[0], 0, null);
    }

    private Map<String, Instant> ingestTimes() {
        Map<String, Instant> times = new HashMap<>();
        StorePages.each(store.reports()::list, PageRequest.MAX_LIMIT, r -> times.put(r.id(), r.ingestedAt()));
        return times;
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
