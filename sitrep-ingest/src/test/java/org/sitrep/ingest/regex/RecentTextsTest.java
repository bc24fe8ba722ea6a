package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTextsTest {
    @Test
    void aTextIsWorkedOnceWhileKeptAndAnEqualTextOfAnotherInstanceAgain() {
        AtomicInteger work = new AtomicInteger();
        RecentTexts<Integer> lengths = new RecentTexts<>(text -> {
            work.incrementAndGet();
            return text.length();
        });
        String text = "Troops shelled the town.";
        assertEquals(24, lengths.of(text));
        assertEquals(24, lengths.of(text));
        assertEquals(1, work.get());
        assertEquals(24, lengths.of(new String(text.toCharArray())));
        assertEquals(2, work.get(), "kept by identity, not by equality");
    }

    @Test
    void pastItsBoundItStartsAfreshAndStillAnswersRight() {
        AtomicInteger work = new AtomicInteger();
        RecentTexts<String> upper = new RecentTexts<>(text -> {
            work.incrementAndGet();
            return text.toUpperCase(java.util.Locale.ROOT);
        });
        String first = "first";
        upper.of(first);
        for (int i = 0; i < 600; i++) {
            assertEquals("TEXT " + i, upper.of("text " + i));
        }
        assertEquals("FIRST", upper.of(first));
        assertEquals(602, work.get(), "the first text was let go when the thread started afresh");
    }
}
