package org.sitrep.store.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

class WatchStoreTest {
    @TempDir
    Path dir;

    @Test
    void theSourceFileKeepsWhatWasAddedAndNamesABadLine() throws Exception {
        SourceList list = SourceList.inDataDir(dir);
        assertTrue(list.add(new Source("http://127.0.0.1:1/feed.xml", "Outlet One", Duration.ofSeconds(90),
                SourceKind.FEED)));
        assertTrue(list.add(new Source("http://127.0.0.1:1/news/", null, null, SourceKind.PAGE)));
        assertFalse(list.add(new Source("http://127.0.0.1:1/feed.xml", "Outlet 1", null, null)), "same URL replaces");
        List<Source> read = list.read();
        assertEquals(2, read.size());
        assertEquals("127.0.0.1", read.get(0).name(), "no name: the host");
        assertEquals(Duration.ofMinutes(10), read.get(1).every());
        assertEquals("Outlet 1", read.get(1).name());
        assertTrue(Files.readString(list.file()).contains("http://127.0.0.1:1/news/\t127.0.0.1\t10m\tpage"));

        Files.writeString(list.file(), "# mine\nhttp://a.example/rss\tA\t2h\tfeed\nftp://b.example/x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, list::read);
        assertTrue(e.getMessage().endsWith("sources.tsv:3: 'ftp://b.example/x' is not an http(s) URL"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Interval.parse("10 minutes"));
        assertEquals(Duration.ofMinutes(90), Interval.parse("1h30m"));
        assertEquals("1h30m", Interval.format(Duration.ofMinutes(90)));
    }

    @Test
    void statesAndSeenItemsOutliveTheProcess() {
        String url = "http://127.0.0.1:1/feed.xml";
        Instant now = Instant.parse("2026-12-05T06:00:00Z");
        try (Store store = Store.openDataDir(dir)) {
            assertEquals("not fetched yet", store.watch().state(url).status());
            store.watch().save(new SourceState(url, now, null, 500, 0, 3, "HTTP 500", 2, now.plusSeconds(40), null,
                    null));
            store.watch().seen(url, "http://127.0.0.1:1/a", "f1", "h1");
        }
        try (Store store = Store.openDataDir(dir)) {
            SourceState s = store.watch().state(url);
            assertEquals("failing", s.status());
            assertEquals(2, s.failures());
            assertEquals(500, s.httpStatus());
            assertEquals(now.plusSeconds(40), s.nextDue());
            assertEquals("f1", store.watch().fingerprint(url, "http://127.0.0.1:1/a").orElseThrow());
            assertEquals("http://127.0.0.1:1/a", store.watch().itemWithContent(url, "h1").orElseThrow());
            store.watch().seen(url, "http://127.0.0.1:1/a", "f2", null);
            assertEquals("f2", store.watch().fingerprint(url, "http://127.0.0.1:1/a").orElseThrow());
            store.watch().save(new SourceState(url, now, now, 200, 1, 4, null, 0, null, "\"e1\"", null));
            assertNull(store.watch().state(url).lastError());
            store.watch().forget(url);
            assertTrue(store.watch().fingerprint(url, "http://127.0.0.1:1/a").isEmpty());
        }
    }
}
