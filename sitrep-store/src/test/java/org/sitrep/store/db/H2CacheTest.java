package org.sitrep.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CacheTest {
    @Test
    void anH2UrlWithoutACacheSizeGetsTheOneForWhatTheProcessDoes() {
        assertEquals("jdbc:h2:file:/d/sitrep;WRITE_DELAY=0;CACHE_SIZE=2048",
                H2Cache.SERVING.appliedTo("jdbc:h2:file:/d/sitrep;WRITE_DELAY=0"));
        assertEquals("jdbc:h2:file:/d/sitrep;CACHE_SIZE=131072", H2Cache.STORING.appliedTo("jdbc:h2:file:/d/sitrep"));
    }

    @Test
    void aCacheSizeTheUserSetStands() {
        String url = "jdbc:h2:file:/d/sitrep;cache_size=65536;WRITE_DELAY=0";
        assertEquals(url, H2Cache.SERVING.appliedTo(url));
        assertEquals(url, H2Cache.STORING.appliedTo(url));
    }

    @Test
    void otherDatabasesUrlsAreLeftAsTheyAre() {
        String pg = "jdbc:postgresql://127.0.0.1:5432/sitrep?user=sitrep";
        assertEquals(pg, H2Cache.SERVING.appliedTo(pg));
    }

    @Test
    void aServerAsksForLessOfH2sPageCacheThanAnIngest() {
        assertTrue(H2Cache.SERVING.kilobytes() < H2Cache.STORING.kilobytes());
    }

    @Test
    void theStoresFileIsOpenedWithTheCacheAskedFor(@TempDir Path dir) {
        assertTrue(Database.h2FileUrl(dir).endsWith(";CACHE_SIZE=131072"), Database.h2FileUrl(dir));
        try (Database db = Database.openDataDir(dir, H2Cache.SERVING)) {
            // H2 itself reports the size it runs with
            assertEquals("2048", db.read(c -> Sql.first(c, "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'CACHE_SIZE'", List.of(), rs -> rs.getString(1)).orElseThrow()));
        }
    }
}
