package org.sitrep.store;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * The process {@link StoreContractTest} kills: stores reports {@code kill-0}, {@code kill-1}, ...
 * at the JDBC URL given as first argument, printing {@code COMMITTED i} after each. While storing
 * the report numbered by the second argument it prints {@code MID i} half-way through its events,
 * inside the open transaction, and waits there to be killed.
 */
public final class KillMidwayChild {
    static final int EVENTS_PER_REPORT = 5;

    private KillMidwayChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int stallAt = Integer.parseInt(args[1]);
        try (Store store = Store.open(url)) {
            for (int i = 0; ; i++) {
                int report = i;
                store.reports().ingest(Fixtures.report("kill-" + i, "Outlet " + i, Fixtures.NOV_14, "kill body " + i),
                        r -> events(report, report == stallAt));
                System.out.println("COMMITTED " + i);
                System.out.flush();
            }
        }
    }

    /** The report's events, read one by one while the store writes them. */
    static List<Event> events(int report, boolean stall) {
        return new AbstractList<>() {
            @Override
            public Event get(int index) {
                if (stall && index == 2) {
                    System.out.println("MID " + report);
                    System.out.flush();
                    sleepForever();
                }
                return Fixtures.event().at(placeOf(index)).killed(report).build();
            }

            @Override
            public int size() {
                return EVENTS_PER_REPORT;
            }
        };
    }

    static Location placeOf(int index) {
        return Fixtures.place("Kill Place " + index, "Idlib", 35.0 + index / 10.0, 36.0);
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static LocalDate date() {
        return Fixtures.NOV_14;
    }
}
