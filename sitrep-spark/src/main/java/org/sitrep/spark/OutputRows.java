package org.sitrep.spark;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * The rows the tasks give back, events and rejects in one schema told apart by {@code kind}:
 * an event's main fields flattened into columns (for queries on the Parquet output) beside
 * {@code json}, the event exactly as {@code sitrep extract} writes it.
 */
final class OutputRows {
    static final String EVENT = "event";
    static final String REJECT = "reject";

    /** Columns every row has: what it is and where it comes from. */
    static final List<String> ORIGIN = List.of("kind", "source", "line", "seq", "input", "reason");

    static final StructType SCHEMA = new StructType(new StructField[] {
        field("kind", DataTypes.StringType),
        field("source", DataTypes.StringType),
        field("line", DataTypes.LongType),
        field("seq", DataTypes.IntegerType),
        field("input", DataTypes.StringType),
        field("reason", DataTypes.StringType),
        field("report", DataTypes.StringType),
        field("event_date", DataTypes.DateType),
        field("date_precision", DataTypes.StringType),
        field("month_day", DataTypes.StringType),
        field("event_type", DataTypes.StringType),
        field("sub_event_type", DataTypes.StringType),
        field("actor1", DataTypes.StringType),
        field("actor1_side", DataTypes.StringType),
        field("actor2", DataTypes.StringType),
        field("actor2_side", DataTypes.StringType),
        field("location", DataTypes.StringType),
        field("admin1", DataTypes.StringType),
        field("country", DataTypes.StringType),
        field("latitude", DataTypes.DoubleType),
        field("longitude", DataTypes.DoubleType),
        field("geo_precision", DataTypes.IntegerType),
        field("fatalities", DataTypes.IntegerType),
        field("prisoners", DataTypes.IntegerType),
        field("source_cited", DataTypes.StringType),
        field("modality", DataTypes.StringType),
        field("confidence", DataTypes.DoubleType),
        field("evidence_start", DataTypes.IntegerType),
        field("evidence_end", DataTypes.IntegerType),
        field("json", DataTypes.StringType),
    });

    private OutputRows() {
    }

    static Row event(InputRecord r, int seq, Event e) {
        Location l = e.location();
        return RowFactory.create(EVENT, r.source(), r.line(), seq, r.name(), null,
                e.report(), e.date() == null ? null : Date.valueOf(e.date()), e.datePrecision(), e.monthDay(),
                e.eventType(), e.subEventType(),
                name(e.actor1()), side(e.actor1()), name(e.actor2()), side(e.actor2()),
                l == null ? null : l.name(), l == null ? null : l.admin1(), e.country(),
                l == null ? null : l.latitude(), l == null ? null : l.longitude(), l == null ? null : l.geoPrecision(),
                e.fatalities(), e.prisoners(),
                e.attribution() == null ? null : e.attribution().source(),
                e.attribution() == null ? null : e.attribution().modality(),
                e.confidence(),
                e.evidence() == null ? null : e.evidence().start(), e.evidence() == null ? null : e.evidence().end(),
                SitrepJson.eventLine(e));
    }

    static Row reject(InputRecord r, String reason) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = REJECT;
        values[1] = r.source();
        values[2] = r.line();
        values[3] = 0;
        values[4] = r.name();
        values[5] = reason;
        return RowFactory.create(values);
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    private static String side(Actor a) {
        return a == null ? null : a.side();
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
