package org.sitrep.gazetteer;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One step of disambiguation (CLIFF style): adds to or takes from each candidate's score, with a
 * reason, and counts how often it had something to say.
 */
abstract class DisambiguationPass {

    private final AtomicLong fired = new AtomicLong();

    abstract String name();

    /** Scores the candidates; returns whether the pass applied (then it counts as fired). */
    abstract boolean score(List<Scored> candidates, Situation situation);

    final void apply(List<Scored> candidates, Situation situation) {
        if (!candidates.isEmpty() && score(candidates, situation)) {
            fired.incrementAndGet();
        }
    }

    final long fired() {
        return fired.get();
    }
}
