package org.sitrep.server.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The latest stream messages, at most a fixed number, shared by every client: a client a little
 * behind reads from here; one further behind than what is kept reads the store.
 */
final class RecentMessages {
    private final int capacity;
    private final ArrayDeque<StreamMessage> messages = new ArrayDeque<>();
    /** Every message after {@code floor} up to {@code head} is kept (sequence numbers may have gaps). */
    private long floor;
    private long head;

    RecentMessages(int capacity, long head) {
        this.capacity = capacity;
        this.floor = head;
        this.head = head;
    }

    synchronized void add(List<StreamMessage> more) {
        for (StreamMessage m : more) {
            messages.addLast(m);
            head = Math.max(head, m.seq());
            if (messages.size() > capacity) {
                floor = messages.removeFirst().seq();
            }
        }
    }

    synchronized long head() {
        return head;
    }

    /**
     * The messages after {@code seq}, at most {@code limit} (empty when none is newer), or nothing
     * when some of them are no longer kept.
     */
    synchronized Optional<List<StreamMessage>> after(long seq, int limit) {
        if (seq < floor) {
            return Optional.empty();
        }
        List<StreamMessage> out = new ArrayList<>();
        for (StreamMessage m : messages) {
            if (out.size() == limit) {
                break;
            }
            if (m.seq() > seq) {
                out.add(m);
            }
        }
        return Optional.of(out);
    }
}
