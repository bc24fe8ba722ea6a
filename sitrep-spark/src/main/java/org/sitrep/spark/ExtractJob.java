package org.sitrep.spark;

import java.io.IOException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The batch: read the corpus, extract each partition with the executor's extractor, then write
 * {@code events.parquet}, {@code events.jsonl} (in input order, one event per line as {@code sitrep
 * extract} prints them) and {@code rejects.jsonl} ({@code {input, reason}}) under the output directory.
 */
public final class ExtractJob {
    /** What a run did. */
    public record Summary(long events, long rejects, double seconds) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "spark job: %d events, %d rejects in %.1f s", events, rejects,
                    seconds);
        }
    }

    private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";

    private ExtractJob() {
    }

    public static Summary run(SparkSession spark, JobOptions options) throws IOException {
        long start = System.nanoTime();
        RecordExtraction extraction = new RecordExtraction(options);
        JavaRDD<Row> rows = CorpusInputs.read(spark, options).mapPartitions(extraction::partition);
        // extraction is the expensive part: run it once, then write every output from the result;
        // the cache is read a few times and dropped, so compressing it costs more than it saves
        if (!spark.conf().contains(CACHE_COMPRESSED)) {
            spark.conf().set(CACHE_COMPRESSED, "false");
        }
        Dataset<Row> all = spark.createDataFrame(rows, OutputRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Column isEvent = functions.col("kind").equalTo(OutputRows.EVENT);
            Dataset<Row> events = all.filter(isEvent);
            Dataset<Row> rejects = all.filter(functions.not(isEvent));
            long eventCount = events.count();
            long rejectCount = rejects.count();
            String out = options.out().endsWith("/") ? options.out() : options.out() + "/";
            events.drop("kind", "input", "reason").write().mode(SaveMode.Overwrite).parquet(out + "events.parquet");
            // no sort: partitions keep the corpus's order (files in turn, lines in order), so the part
            // files read in name order give the events as `sitrep extract` prints them, without a shuffle
            events.select("json").as(Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "events.jsonl");
            rejects.orderBy("source", "line").select("input", "reason").coalesce(1)
                    .write().mode(SaveMode.Overwrite).json(out + "rejects.jsonl");
            return new Summary(eventCount, rejectCount, (System.nanoTime() - start) / 1e9);
        } finally {
            all.unpersist();
        }
    }
}
