package org.sitrep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.sql.Row;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.CorpusLineReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.ReportReader;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * What one task does with each record of its partition: read it as {@code sitrep extract} reads
 * it, extract its events with the executor's one extractor, and optionally store them. A record
 * that cannot be read or extracted becomes a reject with its reason; nothing here fails the job.
 */
final class RecordExtraction implements Serializable {
    private final JobOptions options;

    RecordExtraction(JobOptions options) {
        this.options = options;
    }

    /** The outputs of one partition, produced as Spark consumes them: each record's events, or its reject. */
    Iterator<Row> partition(Iterator<InputRecord> records) {
        Extractor extractor = ExtractorHolder.get(options.dataDir());
        ReadOptions read = ReadOptions.defaults().withMaxFileBytes(options.maxRecordBytes());
        CorpusLineReader lines = new CorpusLineReader(read);
        ReportReader files = new ReportReader(read);
        Iterable<InputRecord> iterable = () -> records;
        return StreamSupport.stream(iterable.spliterator(), false).flatMap(r -> {
            try {
                return one(r, extractor, lines, files).stream();
            } catch (RuntimeException | StackOverflowError e) {
                return Stream.of(OutputRows.reject(r, "extraction failed: " + e));
            }
        }).iterator();
    }

    private List<Row> one(InputRecord r, Extractor extractor, CorpusLineReader lines, ReportReader files) {
        if (r.bytes().length > options.maxRecordBytes()) {
            return List.of(OutputRows.reject(r, "too large (" + r.bytes().length + " bytes, limit "
                    + options.maxRecordBytes() + ")"));
        }
        List<ReadResult> results;
        if (r.kind() == InputRecord.Kind.CORPUS_LINE) {
            String line = strictUtf8(r.bytes());
            if (line == null) {
                return List.of(OutputRows.reject(r, "not valid UTF-8"));
            }
            if (line.isBlank()) {
                return List.of();
            }
            results = List.of(lines.read(r.name(), r.defaultId(), line));
        } else {
            results = readFile(r, files);
        }
        List<Row> out = new ArrayList<>();
        for (ReadResult result : results) {
            if (!result.ok()) {
                out.add(OutputRows.reject(r, result.problem()));
                continue;
            }
            Report report = result.report();
            List<Event> events = extractor.extract(report);
            for (int seq = 0; seq < events.size(); seq++) {
                out.add(OutputRows.event(r, seq, events.get(seq)));
            }
            if (options.jdbcUrl() != null) {
                try {
                    StoreHolder.get(options.jdbcUrl()).reports().store(report, events);
                } catch (RuntimeException e) {
                    out.add(OutputRows.reject(r, "not stored: " + e.getMessage()));
                }
            }
        }
        return out;
    }

    /**
     * A whole file through {@link ReportReader}, the reader {@code sitrep extract} uses: written under
     * its own name in a scratch directory so that its id and format come from its name as they would.
     */
    private static List<ReadResult> readFile(InputRecord r, ReportReader files) {
        try {
            Path dir = Files.createTempDirectory("sitrep-spark");
            Path file = dir.resolve(r.source().substring(r.source().lastIndexOf('/') + 1));
            try {
                Files.write(file, r.bytes());
                return files.read(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of UTF-8 bytes, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
