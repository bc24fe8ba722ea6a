package org.sitrep.server;

import org.sitrep.store.Store;

/** The API fixtures for tests in other packages. */
public final class ApiFixturesAccess {
    private ApiFixturesAccess() {
    }

    public static void load(Store store) {
        ApiFixtures.load(store);
    }

    public static void loadLater(Store store) {
        ApiFixtures.loadLater(store);
    }
}
