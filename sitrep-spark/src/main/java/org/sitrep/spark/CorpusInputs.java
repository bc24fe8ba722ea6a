package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.sitrep.json.SitrepJson;

/** The corpus as an RDD of {@link InputRecord}s, split so that every core gets work. */
final class CorpusInputs {
    private CorpusInputs() {
    }

    static JavaRDD<InputRecord> read(SparkSession spark, JobOptions options) throws java.io.IOException {
        return switch (options.format()) {
            case JSONL -> jsonLines(spark, options.input());
            case TEXT -> files(spark, options.input());
            case PARQUET -> parquetRows(spark, options.input());
        };
    }

    /**
     * Each line of each corpus file with its line number (blank lines count, as in {@code sitrep
     * extract}). Lines are read as bytes: Hadoop's text reader would replace bad UTF-8 silently.
     */
    private static JavaRDD<InputRecord> jsonLines(SparkSession spark, String input) throws java.io.IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // several splits per core even for one corpus file, so that every core extracts
        int splits = Math.max(2, jsc.defaultParallelism() * 4);
        JavaRDD<InputRecord> all = null;
        for (String file : listFiles(spark, input)) {
            String stem = InputRecord.stem(file);
            JavaRDD<InputRecord> lines = jsc.hadoopFile(file, TextInputFormat.class, LongWritable.class, Text.class,
                            splits)
                    .map(pair -> pair._2().copyBytes())
                    .zipWithIndex()
                    .map(pair -> new InputRecord(InputRecord.Kind.CORPUS_LINE, file, pair._2() + 1,
                            stem + "-" + (pair._2() + 1), pair._1()));
            all = all == null ? lines : all.union(lines);
        }
        return all;
    }

    /** Whole files, one report each, read as {@code sitrep extract} reads a file. */
    private static JavaRDD<InputRecord> files(SparkSession spark, String input) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = Math.max(2, jsc.defaultParallelism() * 2);
        return jsc.binaryFiles(input, partitions)
                .filter(pair -> !hidden(pair._1()))
                .map(pair -> new InputRecord(InputRecord.Kind.FILE, pair._1(), 0, InputRecord.stem(pair._1()),
                        pair._2().toArray()));
    }

    /** Parquet rows with id, date and text (and optional title, source, url, author, outlet) as corpus lines. */
    private static JavaRDD<InputRecord> parquetRows(SparkSession spark, String input) {
        Dataset<Row> rows = spark.read().parquet(input).withColumn("_source", functions.input_file_name());
        List<String> fields = Arrays.stream(rows.schema().fields()).map(StructField::name)
                .filter(f -> !f.equals("_source")).toList();
        return rows.javaRDD().zipWithIndex().map(pair -> {
            Row row = pair._1();
            ObjectMapper mapper = SitrepJson.mapper();
            ObjectNode line = mapper.createObjectNode();
            for (String f : fields) {
                Object v = row.get(row.fieldIndex(f));
                if (v != null) {
                    line.put(f, v.toString());
                }
            }
            String source = row.getString(row.fieldIndex("_source"));
            return new InputRecord(InputRecord.Kind.CORPUS_LINE, source, pair._2() + 1,
                    InputRecord.stem(source) + "-" + (pair._2() + 1),
                    mapper.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The files under {@code input} (a file, a directory walked recursively, or a glob), sorted, hidden ones left out. */
    private static List<String> listFiles(SparkSession spark, String input) throws java.io.IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new java.io.FileNotFoundException("no input at " + input);
        }
        java.util.List<String> files = new java.util.ArrayList<>();
        for (FileStatus m : matches) {
            if (m.isDirectory()) {
                var it = fs.listFiles(m.getPath(), true);
                while (it.hasNext()) {
                    files.add(it.next().getPath().toString());
                }
            } else {
                files.add(m.getPath().toString());
            }
        }
        return files.stream().filter(f -> !hidden(f)).sorted().toList();
    }

    /** Hidden files (".crc", "_SUCCESS" markers and the like) are not reports. */
    private static boolean hidden(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.startsWith("_");
    }
}
