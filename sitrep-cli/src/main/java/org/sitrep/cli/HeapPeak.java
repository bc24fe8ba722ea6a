package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap the JVM has held since the last reset: the sum of each heap pool's own peak. The
 * pools need not peak at the same moment, so this is an upper bound, never an underestimate
 * (sampling would miss the peak just before a collection).
 */
final class HeapPeak {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();

    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long megabytes() {
        long bytes = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
