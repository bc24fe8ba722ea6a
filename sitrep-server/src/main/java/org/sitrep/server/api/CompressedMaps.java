package org.sitrep.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compressed control maps by day, within a budget of bytes: beyond it the day asked for least
 * recently goes. Counted in bytes, not days, since a map grows with the places that changed hands.
 */
final class CompressedMaps {
    private final long budget;
    /** Least recently asked first. */
    private final LinkedHashMap<LocalDate, byte[]> byDay = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    CompressedMaps(long budget) {
        this.budget = budget;
    }

    /** The map of {@code day}, null when not kept; counts as asked. */
    synchronized byte[] get(LocalDate day) {
        return byDay.get(day);
    }

    synchronized void put(LocalDate day, byte[] gzipped) {
        byte[] was = byDay.put(day, gzipped);
        bytes += gzipped.length - (was == null ? 0 : was.length);
        Iterator<Map.Entry<LocalDate, byte[]>> oldest = byDay.entrySet().iterator();
        while (bytes > budget && byDay.size() > 1) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    /** Whether the map of {@code day} is kept; does not count as asked. */
    synchronized boolean contains(LocalDate day) {
        return byDay.containsKey(day);
    }

    synchronized long bytes() {
        return bytes;
    }

    /** The days asked for last, at most {@code n}, the latest first. */
    synchronized List<LocalDate> lastAsked(int n) {
        List<LocalDate> days = new ArrayList<>(byDay.keySet());
        Collections.reverse(days);
        return List.copyOf(days.subList(0, Math.min(n, days.size())));
    }

    /**
     * The maps of the days before {@code firstChanged} (an epoch day), in a map of their own with the
     * same budget and order: those days' holders are the same after the change, so are their maps.
     */
    synchronized CompressedMaps before(long firstChanged) {
        CompressedMaps kept = new CompressedMaps(budget);
        byDay.forEach((day, gzipped) -> {
            if (day.toEpochDay() < firstChanged) {
                kept.byDay.put(day, gzipped);
                kept.bytes += gzipped.length;
            }
        });
        return kept;
    }
}
