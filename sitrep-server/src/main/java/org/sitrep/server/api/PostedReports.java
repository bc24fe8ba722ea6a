package org.sitrep.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.json.SitrepJson;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.ReportReader;
import org.sitrep.server.ApiException;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;

/**
 * Reads a posted body into reports with the same readers {@code sitrep ingest} uses: the body is
 * saved to a private temporary file named after the report id, with the extension its media type
 * stands for, and read from there (so the id and the format rules are those of a file).
 */
final class PostedReports {
    /** A report id is a file name stem: no path, no leading dot. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final ObjectMapper MAPPER = SitrepJson.mapper();

    private PostedReports() {
    }

    /** The formats a body may have, by media type, and the file extension each is read as. */
    enum Format {
        TEXT(".txt"), MARKDOWN(".md"), HTML(".html"), JSON(".jsonl"), JSON_LINES(".jsonl");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        static Format of(String contentType) {
            String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "text/plain" -> TEXT;
                case "text/markdown", "text/x-markdown" -> MARKDOWN;
                case "text/html", "application/xhtml+xml" -> HTML;
                case "application/json" -> JSON;
                case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> JSON_LINES;
                default -> throw ApiException.unsupportedMediaType("post a report as text/plain, text/markdown, "
                        + "text/html, application/json ({\"id\", \"date\", \"text\", ...} or an array of them) or "
                        + "application/x-ndjson, not '" + Filters.clip(type.isEmpty() ? "(none)" : type) + "'");
            };
        }
    }

    /**
     * @param id   the report id for a text body (default: "post-" and a hash of the body); JSON
     *             reports carry their own ids
     */
    static List<ReadResult> read(byte[] body, Format format, String id, ReadOptions options) {
        if (id != null && !ID.matcher(id).matches()) {
            throw new BadParameterException("'id' must be 1 to 200 letters, digits, '.', '_' or '-', starting with a "
                    + "letter or digit, not '" + Filters.clip(id) + "'");
        }
        byte[] content = format == Format.JSON ? jsonAsLines(body) : body;
        String stem = id != null ? id : "post-" + hash(body);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sitrep-post");
            Path file = dir.resolve(stem + format.extension);
            Files.write(file, content);
            String prefix = file.toString();
            List<ReadResult> out = new ArrayList<>();
            for (ReadResult r : new ReportReader(options).read(file)) {
                // name the body, not the temporary file, in what the client reads
                String input = "body" + r.input().substring(Math.min(prefix.length(), r.input().length()));
                out.add(r.ok() ? ReadResult.of(input, r.report(), r.warnings()) : ReadResult.failed(input, r.problem()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the posted body in a temporary file", e);
        } finally {
            delete(dir);
        }
    }

    /** A JSON object, or an array of them, as JSON Lines: one report per line. */
    private static byte[] jsonAsLines(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadParameterException("the body is not JSON: " + Filters.clip(String.valueOf(e.getMessage())));
        }
        List<JsonNode> reports = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(reports::add);
        } else if (node != null) {
            reports.add(node);
        }
        if (reports.isEmpty()) {
            throw new BadParameterException("the JSON body holds no report: post {\"id\", \"date\", \"text\", ...}");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode r : reports) {
            if (!r.isObject()) {
                throw new BadParameterException("each report must be a JSON object {\"id\", \"date\", \"text\", ...}");
            }
            lines.append(r.toString()).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
