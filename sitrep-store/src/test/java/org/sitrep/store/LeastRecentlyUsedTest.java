package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {
    @Test
    void theEntryLeastRecentlyReadOrWrittenGoesWhenTheMapIsFull() {
        Map<String, Integer> kept = LeastRecentlyUsed.map(2);
        kept.put("a", 1);
        kept.put("b", 2);
        kept.get("a"); // read: now b is the least recently used
        kept.put("c", 3);
        assertEquals(Set.of("a", "c"), kept.keySet());
        kept.put("a", 4); // written: c is now the eldest
        kept.put("d", 5);
        assertEquals(Set.of("a", "d"), kept.keySet());
    }
}
