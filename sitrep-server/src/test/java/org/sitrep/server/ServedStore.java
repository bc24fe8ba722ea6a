package org.sitrep.server;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.server.live.LiveOptions;
import org.sitrep.store.Store;

/** An H2 file store under a test's directory with a server on it (no extraction); closing stops both. */
record ServedStore(Store store, SitrepServer server) implements AutoCloseable {
    static ServedStore start(Path dataDir, LiveOptions live) {
        Store store = Store.openDataDir(dataDir);
        return new ServedStore(store, new SitrepServer(ServerConfig.of(store, () -> r -> List.of()), live).start(0));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
