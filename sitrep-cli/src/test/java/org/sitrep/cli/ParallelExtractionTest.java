package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

class ParallelExtractionTest {
    /** Report i takes longer the smaller i is, so threads finish out of order; "boom" throws. */
    private static final Extractor UNEVEN = report -> {
        if (report.id().equals("boom")) {
            throw new IllegalStateException("rule failed");
        }
        int i = Integer.parseInt(report.id());
        try {
            Thread.sleep((40 - i % 40) / 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(event(report.id() + "/a"), event(report.id() + "/b"));
    };

    @Test
    void outcomesComeBackInInputOrderWhateverTheThreads() {
        List<ReadResult> inputs = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> inputs.add(read(String.valueOf(i))));
        inputs.add(20, ReadResult.failed("missing.txt", "no such file"));
        inputs.add(50, read("boom"));

        List<String> seen = new ArrayList<>();
        try (ParallelExtraction extraction = new ParallelExtraction(UNEVEN, 4)) {
            extraction.run(inputs.stream(), outcome -> {
                if (!outcome.read().ok()) {
                    seen.add("unread " + outcome.read().input());
                } else if (outcome.failure() != null) {
                    seen.add("failed " + outcome.read().input() + ": " + outcome.failure().getMessage());
                } else {
                    outcome.events().forEach(e -> seen.add(e.report()));
                }
            });
        }

        List<String> expected = new ArrayList<>();
        for (ReadResult r : inputs) {
            if (!r.ok()) {
                expected.add("unread " + r.input());
            } else if (r.report().id().equals("boom")) {
                expected.add("failed boom.txt: rule failed");
            } else {
                expected.add(r.report().id() + "/a");
                expected.add(r.report().id() + "/b");
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void oneThreadExtractsOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Thread> used = new ArrayList<>();
        Extractor recording = report -> {
            used.add(Thread.currentThread());
            return List.of();
        };
        try (ParallelExtraction extraction = new ParallelExtraction(recording, 1)) {
            extraction.run(IntStream.range(0, 3).mapToObj(i -> read(String.valueOf(i))), outcome -> {
                assertTrue(outcome.ok());
                assertNull(outcome.failure());
            });
        }
        assertEquals(List.of(caller, caller, caller), used);
    }

    private static ReadResult read(String id) {
        return ReadResult.of(id + ".txt", new Report(id, null, null, null, null, null, null, null, null,
                "body of " + id, null, null), List.of());
    }

    private static Event event(String report) {
        return new Event(report, null, null, null, "Battles", "Armed clash", null, null, null, null, null, null, 0,
                null, null, null, 0.5, null);
    }
}
