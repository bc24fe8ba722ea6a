package org.sitrep.store;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.sitrep.model.Event;

/**
 * The process {@link GroupCommitTest} kills while a batch of writes ({@code Database.groupCommit})
 * runs. Mode {@code acknowledged}: while another batch runs (and waits), a batch stores
 * {@code batch-0..2} and ends ({@code ACKED}). Mode {@code outside}: a batch
 * stores {@code batch-0} and waits ({@code BATCH RUNNING}) while the main thread stores
 * {@code plain-0} outside it ({@code PLAIN STORED}). Mode {@code batch}: a batch stores {@code batch-0}
 * and waits ({@code BATCH RUNNING}), for a write from another process.
 */
public final class GroupCommitChild {
    private GroupCommitChild() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(args[0]);
        switch (args[1]) {
            case "acknowledged" -> {
                CountDownLatch other = new CountDownLatch(1);
                new Thread(() -> store.database().groupCommit(() -> {
                    other.countDown();
                    return sleepForever();
                })).start();
                other.await();
                store.database().groupCommit(() -> {
                    for (int i = 0; i < 3; i++) {
                        store("batch-" + i, store);
                    }
                    return null;
                });
                say("ACKED");
            }
            case "outside" -> {
                CountDownLatch running = new CountDownLatch(1);
                new Thread(() -> store.database().groupCommit(() -> {
                    store("batch-0", store);
                    running.countDown();
                    return sleepForever();
                })).start();
                running.await();
                say("BATCH RUNNING");
                store("plain-0", store);
                say("PLAIN STORED");
            }
            case "batch" -> new Thread(() -> store.database().groupCommit(() -> {
                store("batch-0", store);
                say("BATCH RUNNING");
                return sleepForever();
            })).start();
            default -> throw new IllegalArgumentException("mode: acknowledged, outside or batch");
        }
        sleepForever();
    }

    private static void store(String id, Store store) {
        store.reports().ingest(Fixtures.report(id, "Outlet " + id, Fixtures.NOV_14, "group body " + id),
                r -> List.<Event>of(Fixtures.event().at(KillMidwayChild.placeOf(id.length())).killed(3).build()));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static Void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
