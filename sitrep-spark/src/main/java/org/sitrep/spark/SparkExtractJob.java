package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point, for {@code spark-submit --class org.sitrep.spark.SparkExtractJob}:
 * {@code --input PATH --format jsonl|text|parquet --out DIR [--jdbc URL] [--data DIR]
 * [--max-record-bytes N] [--master URL]}. Prints one summary line; exits 2 on bad options, 1 if the
 * job could not run. Bad records never fail it: they are counted and written to rejects.jsonl.
 */
public final class SparkExtractJob {
    private SparkExtractJob() {
    }

    public static void main(String[] args) throws Exception {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sitrep-extract");
        if (options.master() != null) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        int status = 0;
        try {
            System.out.println(ExtractJob.run(spark, options).line());
        } catch (java.io.IOException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }
}
