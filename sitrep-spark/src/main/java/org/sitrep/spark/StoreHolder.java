package org.sitrep.spark;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.store.Store;

/**
 * The store each executor appends to, opened once per JVM and URL (opening migrates the schema
 * and starts a connection pool) and closed when the JVM exits.
 */
final class StoreHolder {
    private static final Map<String, Store> STORES = new HashMap<>();

    private StoreHolder() {
    }

    static synchronized Store get(String jdbcUrl) {
        return STORES.computeIfAbsent(jdbcUrl, url -> {
            Store store = Store.open(url);
            Runtime.getRuntime().addShutdownHook(new Thread(store::close, "sitrep-store-close"));
            return store;
        });
    }
}
