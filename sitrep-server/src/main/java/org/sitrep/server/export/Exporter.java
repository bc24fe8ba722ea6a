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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.LeastRecentlyUsed;
import org.sitrep.server.geojson.Feature;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.event.StoredEvent;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.ReviewFilter;
import org.sitrep.store.review.ReviewState;

/**
 * Writes the events matching a query in one of the {@link ExportFormat}s, streaming (any size): the
 * merged events a page at a time, their order from the server's index when there is one (no query
 * holds the database for the whole file), else from the store. The ACLED CSV and the GeoJSON carry
 * the same fields under the same names (ACLED's columns).
 */
public final class Exporter {
    static final int PAGE = StorePages.PAGE;

    private final Store store;
    private final Supplier<ActorDictionary> actors;
    private final IncidentOrder order;

    /** Merged events in the order the store gives them. */
    public Exporter(Store store, Supplier<ActorDictionary> actors) {
        this(store, actors, null);
    }

    /** Merged events in the order {@code order} gives them, read from the store a page at a time. */
    public Exporter(Store store, Supplier<ActorDictionary> actors, IncidentOrder order) {
        this.store = store;
        this.actors = actors;
        this.order = order;
    }

    public ExportSummary export(EventQuery query, ExportFormat format, OutputStream out) throws IOException {
        return export(query, ReviewFilter.DEFAULT, format, out);
    }

    /**
     * The events matching the query and the review filter (by default every event but the rejected),
     * each with its review status, reviewer and number of corrections; JSON Lines holds the sources'
     * own accounts, as told, and takes no review filter.
     */
    public ExportSummary export(EventQuery query, ReviewFilter review, ExportFormat format, OutputStream out)
            throws IOException {
        Reviews reviews = new Reviews(store, review);
        try {
            return switch (format) {
                case ACLED_CSV -> acled(query, reviews, out);
                case GEOJSON -> geojson(query, reviews, out);
                case JSONL -> jsonl(query, out);
                case TRAINING -> training(query, reviews, out);
            };
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Undated events are left out: an ACLED row needs a date. So are changes of control every source denies. */
    private ExportSummary acled(EventQuery query, Reviews reviews, OutputStream out) throws IOException {
        AcledCsv csv = new AcledCsv(actors.get());
        Map<String, Instant> ingested = ingestTimes();
        Function<String, List<StoredEvent>> reportEvents = reportEvents();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(CsvLine.of(AcledCsv.COLUMNS));
        Tally tally = new Tally();
        eachIncident(query, i -> {
            if (!reviews.accepts(i.id())) {
                return;
            }
            if (i.date() == null) {
                tally.skip("year unknown: an ACLED row needs a date");
            } else if (csv.deniedChangeOfControl(i)) {
                tally.skip("a change of control every source denies");
            } else {
                List<String> row = csv.row(i, ingested, reportEvents, reviews.of(i.id()));
                tally.written(AcledCsv.problems(row));
                write(w, CsvLine.of(row));
            }
        });
        w.flush();
        return tally.summary();
    }

    /**
     * A FeatureCollection written feature by feature, each with the ACLED CSV's columns as its
     * properties; events without coordinates are left out, and so are changes of control every
     * source denies.
     */
    private ExportSummary geojson(EventQuery query, Reviews reviews, OutputStream out) throws IOException {
        AcledCsv csv = new AcledCsv(actors.get());
        Map<String, Instant> ingested = ingestTimes();
        Function<String, List<StoredEvent>> reportEvents = reportEvents();
        ObjectMapper mapper = SitrepJson.mapper();
        Tally tally = new Tally();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            eachIncident(query, i -> {
                if (!reviews.accepts(i.id())) {
                    return;
                }
                var l = i.summary().location();
                if (l == null || !l.placed()) {
                    tally.skip("no coordinates");
                    return;
                }
                if (csv.deniedChangeOfControl(i)) {
                    tally.skip("a change of control every source denies");
                    return;
                }
                List<String> row = csv.row(i, ingested, reportEvents, reviews.of(i.id()));
                Map<String, String> properties = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    properties.put(AcledCsv.COLUMNS.get(c), row.get(c));
                }
                tally.written(AcledCsv.problems(row));
                try {
                    mapper.writeValue(g, Feature.point(i.id(), l.longitude(), l.latitude(), properties));
                    g.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
        return tally.summary();
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

    /** Reviewed events (not rejected or merged away), one record per account with a sentence; undated ones left out. */
    private ExportSummary training(EventQuery query, Reviews reviews, OutputStream out) throws IOException {
        TrainingCsv csv = new TrainingCsv();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(CsvLine.of(TrainingCsv.COLUMNS));
        Tally tally = new Tally();
        eachIncident(query, i -> {
            ReviewState review = reviews.of(i.id());
            if (review == null || !review.status().reviewed() || !review.status().visible() || !reviews.accepts(i.id())) {
                return;
            }
            if (i.date() == null) {
                tally.skip("year unknown: an ACLED row needs a date");
                return;
            }
            for (List<String> row : csv.rows(i, review)) {
                write(w, CsvLine.of(row));
            }
            tally.written(List.of());
        });
        w.flush();
        return tally.summary();
    }

    private void eachIncident(EventQuery query, Consumer<Incident> each) {
        if (order == null) {
            StorePages.each(r -> store.incidents().find(query, r), PAGE, each);
            return;
        }
        List<Long> ids = order.ids(query);
        for (int from = 0; from < ids.size(); from += PAGE) {
            store.incidents().get(ids.subList(from, Math.min(ids.size(), from + PAGE))).forEach(each);
        }
    }

    /** A report's events, read once per export for the few reports asked about (changes of control with deaths). */
    private Function<String, List<StoredEvent>> reportEvents() {
        Map<String, List<StoredEvent>> read = LeastRecentlyUsed.map(256);
        return id -> read.computeIfAbsent(id, store.events()::forReport);
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

    /** Rows written and left out, why, and what the rows written lack. */
    private static final class Tally {
        private long written;
        private final Map<String, Long> skipped = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();

        void skip(String why) {
            skipped.merge(why, 1L, Long::sum);
        }

        void written(List<String> problems) {
            written++;
            warnings.addAll(problems);
        }

        ExportSummary summary() {
            long n = skipped.values().stream().mapToLong(Long::longValue).sum();
            String why = skipped.isEmpty() ? null : skipped.size() == 1 ? skipped.keySet().iterator().next()
                    : String.join("; ", skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            return new ExportSummary(written, n, why, warnings);
        }
    }
}
