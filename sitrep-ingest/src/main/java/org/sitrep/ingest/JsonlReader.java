package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Report;

/**
 * Reads a JSON Lines corpus: one report per line, {@code {"id", "date", "text"}} with optional
 * {@code "title"}, {@code "source"}, {@code "url"}, {@code "author"}, {@code "outlet"} and
 * {@code "tags"}. Offsets of a line's report point into its {@code "text"} string. A bad line is
 * one failed result; the other lines are still read.
 */
final class JsonlReader {
    private final ObjectMapper mapper = SitrepJson.mapper();
    private final WebTextReader texts;

    JsonlReader(WebTextReader texts) {
        this.texts = texts;
    }

    /**
     * @param input  names the corpus in results ("input:line")
     * @param idStem the id of lines that have none: "idStem-line"
     */
    Stream<ReadResult> read(String input, String idStem, String corpus) {
        List<String> lines = corpus.lines().toList();
        return IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank())
                .mapToObj(i -> readLine(input + ":" + (i + 1), idStem + "-" + (i + 1), lines.get(i)));
    }

    /** One line of a corpus; also read alone by {@link CorpusLineReader}. */
    ReadResult readLine(String name, String defaultId, String line) {
        if (line.length() > MemoryLimits.maxDocumentBytes()) {
            return ReadResult.failed(name, MemoryLimits.tooLarge(line.length()));
        }
        try {
            List<String> dropped = new ArrayList<>();
            return ReadResult.of(name, report(defaultId, line, dropped), List.of(), dropped);
        } catch (IngestException e) {
            return ReadResult.failed(name, e.getMessage());
        }
    }

    private Report report(String defaultId, String line, List<String> dropped) throws IngestException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IngestException("malformed JSON line: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IngestException("not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new IngestException("no \"text\" string");
        }
        ReportMeta meta = new ReportMeta();
        meta.title = string(node, "title");
        meta.author = string(node, "author");
        meta.outlet = string(node, "outlet");
        meta.source = string(node, "source");
        meta.url = string(node, "url");
        meta.published = date(node);
        JsonNode tags = node.get("tags");
        if (tags != null && tags.isArray()) {
            tags.forEach(t -> meta.tags.add(t.asText()));
        }
        String id = Optional.ofNullable(string(node, "id")).orElse(defaultId);
        return texts.readBody(id, text.asText(), meta, dropped);
    }

    private static LocalDate date(JsonNode node) throws IngestException {
        String raw = string(node, "date");
        if (raw == null) {
            return null;
        }
        Optional<LocalDate> date = DateParser.parse(raw);
        if (date.isEmpty()) {
            throw new IngestException("bad \"date\" \"" + raw + "\" (want YYYY-MM-DD)");
        }
        return date.get();
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
