package org.sitrep.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.json.SitrepJson;

/** A JSON Lines corpus made of the project's sample reports' paragraphs, shuffled with a fixed seed. */
final class TestCorpus {
    private TestCorpus() {
    }

    static void write(Path file, Path samples, int reports, long seed) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        new InputReports(ReadOptions.defaults()).read(List.of(samples.toString())).filter(r -> r.ok())
                .forEach(r -> {
                    for (String p : r.report().body().split("\n\n")) {
                        if (p.split("\\s+").length >= 12) {
                            paragraphs.add(p.strip());
                        }
                    }
                });
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < reports; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    text.append(text.length() == 0 ? "" : "\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
                }
                ObjectNode line = SitrepJson.mapper().createObjectNode();
                line.put("id", "test-" + i);
                line.put("date", LocalDate.of(2018, 1, 1).plusDays(random.nextInt(60)).toString());
                line.put("title", "Test report " + i);
                line.put("text", text.toString());
                w.write(SitrepJson.mapper().writeValueAsString(line));
                w.newLine();
            }
        }
    }
}
