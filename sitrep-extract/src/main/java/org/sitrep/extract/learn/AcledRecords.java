package org.sitrep.extract.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads ACLED-format CSV (ACLED's own exports, and the reviewed events' {@code export --format
 * training}): a header row naming the columns, then one record per row. {@code notes} and
 * {@code event_type} are required; {@code sub_event_type} and the evaluation columns are read
 * where present. Old and current ACLED types are both understood ({@link AcledLabel}).
 */
public final class AcledRecords {
    private AcledRecords() {
    }

    /**
     * @throws IOException naming the file and the line, for a missing column, an unknown type or
     *                     a number that is not one
     */
    public static List<AcledRecord> read(Path file) throws IOException {
        try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return read(r, file.toString());
        }
    }

    public static List<AcledRecord> read(Reader reader, String name) throws IOException {
        CsvReader csv = new CsvReader(reader.markSupported() ? reader : new BufferedReader(reader));
        List<String> header = csv.next();
        if (header == null) {
            throw new IOException(name + ": empty file, expected an ACLED CSV header");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("notes", "event_type")) {
            if (!col.containsKey(required)) {
                throw new IOException(name + ": no '" + required + "' column (an ACLED CSV needs notes and event_type)");
            }
        }
        List<AcledRecord> out = new ArrayList<>();
        for (int n = 1; ; n++) {
            int line = csv.line();
            List<String> row;
            try {
                row = csv.next();
            } catch (IOException e) {
                throw new IOException(name + ":" + line + ": " + e.getMessage(), e);
            }
            if (row == null) {
                return out;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            Row r = new Row(row, col);
            try {
                String notes = r.get("notes");
                if (notes == null || notes.isBlank()) {
                    throw new IllegalArgumentException("empty notes");
                }
                String id = r.get("data_id");
                out.add(new AcledRecord(id == null ? String.valueOf(n) : id, r.get("event_date"), notes.strip(),
                        AcledLabel.of(r.get("event_type"), r.get("sub_event_type")),
                        r.get("actor1"), r.get("actor2"), r.get("country"), r.get("location"),
                        r.number("latitude"), r.number("longitude"), r.integer("geo_precision"),
                        r.integer("fatalities") == null ? 0 : r.integer("fatalities")));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + line + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The records grouped by their note (ACLED codes one note as several records, one per place
     * or actor pair): one report each, in first-seen order.
     */
    public static List<List<AcledRecord>> byNote(List<AcledRecord> records) {
        Map<String, List<AcledRecord>> groups = new LinkedHashMap<>();
        for (AcledRecord r : records) {
            groups.computeIfAbsent(r.notes(), k -> new ArrayList<>()).add(r);
        }
        return new ArrayList<>(groups.values());
    }

    private record Row(List<String> fields, Map<String, Integer> col) {
        String get(String name) {
            Integer i = col.get(name);
            if (i == null || i >= fields.size()) {
                return null;
            }
            String v = fields.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        Double number(String name) {
            String v = get(name);
            try {
                return v == null ? null : Double.valueOf(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a number: '" + v + "'");
            }
        }

        Integer integer(String name) {
            String v = get(name);
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a whole number: '" + v + "'");
            }
        }
    }
}
