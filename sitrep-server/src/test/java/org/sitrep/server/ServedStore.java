package org.sitrep.server;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.server.alert.AlertOptions;
import org.sitrep.server.live.LiveOptions;
import org.sitrep.store.Store;

/** An H2 file store under a test's directory with a server on it (no extraction); closing stops both. */
record ServedStore(Store store, SitrepServer server) implements AutoCloseable {
    static ServedStore start(Path dataDir, LiveOptions live) {
        return start(dataDir, live, AlertOptions.DEFAULTS);
    }

    static ServedStore start(Path dataDir, LiveOptions live, AlertOptions alerts) {
        Store store = Store.openDataDir(dataDir);
        return new ServedStore(store, new SitrepServer(ServerConfig.of(store, () -> r -> List.of()), live, alerts)
                .start(0));
    }

    /** Closes what a test opened, in order, skipping what it never got to open. */
    static void closeAll(AutoCloseable... opened) {
        for (AutoCloseable c : opened) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + c, e);
            }
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
