package org.sitrep.server.live;

import java.util.List;
import org.sitrep.store.change.Change;

/** Told of each batch of new changes the feed reads, in sequence order, on the feed's thread. */
@FunctionalInterface
public interface ChangeListener {
    void onChanges(List<Change> changes);
}
