package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.json.SitrepJson;

/**
 * A benchmark corpus made from the project's own sample reports: their paragraphs reshuffled,
 * with numbers, days and place names varied by a seeded {@link Random}, so the same seed always
 * gives the same corpus. Three sizes: short notes (one or two sentences), seed-sized reports
 * (about 700 words, like the reports the project is measured on) and long documents.
 */
final class BenchCorpus {
    static final int SEED_SIZED_WORDS = 700;
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}\\b");
    /** A capitalised name after a preposition of place: the names swapped between paragraphs. */
    private static final Pattern PLACE_SLOT = Pattern.compile(
            "(?<=\\b(?:in|near|of|from|at|to|towards|outside) )(?:al-)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private final List<String> paragraphs;
    private final List<String> names;
    private final Random random;

    private BenchCorpus(List<String> paragraphs, List<String> names, long seed) {
        this.paragraphs = paragraphs;
        this.names = names;
        this.random = new Random(seed);
    }

    /** The corpus the sample reports under {@code samples} give; fails if they have no paragraphs. */
    static BenchCorpus fromSamples(Path samples, long seed) {
        List<String> paragraphs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        new InputReports(ReadOptions.defaults()).read(List.of(samples.toString()))
                .filter(ReadResult::ok)
                .forEach(r -> {
                    for (String p : r.report().body().split("\n\n")) {
                        if (words(p) >= 12) {
                            paragraphs.add(p.strip());
                            PLACE_SLOT.matcher(p).results().map(java.util.regex.MatchResult::group).forEach(names::add);
                        }
                    }
                });
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no sample report paragraphs under " + samples);
        }
        return new BenchCorpus(paragraphs, names.stream().distinct().toList(), seed);
    }

    /** One or two sentences of one paragraph, varied. */
    String shortNote() {
        String[] sentences = SENTENCE_END.split(vary(pick(paragraphs)));
        int n = Math.min(sentences.length, 1 + random.nextInt(2));
        return String.join(" ", List.of(sentences).subList(0, n));
    }

    /** Varied paragraphs up to at least {@code words} words, paragraphs separated by a blank line. */
    String body(int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words) {
            String p = vary(pick(paragraphs));
            text.append(text.length() == 0 ? "" : "\n\n").append(p);
            count += words(p);
        }
        return text.toString();
    }

    /** A date in 2018 for the next report. */
    LocalDate date() {
        return FIRST_DAY.plusDays(random.nextInt(365));
    }

    /** A report saved as web text: title, outlet and date line, then the body. */
    void writeTextReport(Path file, String title, LocalDate date, String body) throws IOException {
        Files.writeString(file, title + "\n\nBench Review, " + HEADER_DATE.format(date) + "\n\n" + body + "\n",
                StandardCharsets.UTF_8);
    }

    /** Writes {@code count} reports as a JSON Lines corpus (id, date, title, text). */
    void writeJsonl(Path file, int count, String idPrefix, java.util.function.Supplier<String> text)
            throws IOException {
        ObjectMapper mapper = SitrepJson.mapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode line = mapper.createObjectNode();
                line.put("id", idPrefix + "-" + i);
                line.put("date", date().toString());
                line.put("title", "Bench report " + i);
                line.put("text", text.get());
                w.write(mapper.writeValueAsString(line));
                w.newLine();
            }
        }
    }

    private String vary(String paragraph) {
        String text = PLACE_SLOT.matcher(paragraph).replaceAll(m ->
                Matcher.quoteReplacement(random.nextInt(3) == 0 && !names.isEmpty() ? pick(names) : m.group()));
        return NUMBER.matcher(text).replaceAll(m -> {
            int n = Integer.parseInt(m.group());
            return String.valueOf(n <= 31 ? 1 + random.nextInt(28) : n / 2 + random.nextInt(n));
        });
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
