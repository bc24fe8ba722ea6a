package org.sitrep.server.web;

import java.io.IOException;
import java.util.List;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;

/** A store served on a loopback port and a browser to look at it: what a browser test class shares. */
final class WebSession implements AutoCloseable {
    final Store store;
    final SitrepServer server;
    final Browser browser;

    private WebSession(Store store, SitrepServer server, Browser browser) {
        this.store = store;
        this.server = server;
        this.browser = browser;
    }

    /** Serves the store (which the session then owns) and starts a browser. */
    static WebSession start(Store store) throws IOException {
        SitrepServer server = null;
        try {
            server = new SitrepServer(ServerConfig.of(store, () -> r -> List.of())).start(0);
            return new WebSession(store, server, Browser.start());
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            store.close();
            throw e;
        }
    }

    /** Signs in from the page's header with a user's token; the page reloads signed in. */
    void signIn(String token) {
        browser.find("#signin").click();
        browser.find("#token-input").sendKeys(token);
        browser.find("#token-form button[type=submit]").click();
        browser.waitFor("the page reloads signed in", () -> "Sign out".equals(browser.find("#signin").getText()));
        browser.settle();
    }

    /** The demo's data in a fresh store, served, with a browser: skips the test class without Chromium. */
    static WebSession demo(String tempPrefix) throws IOException {
        Browser.assumeInstalled();
        return start(DemoStore.fill(java.nio.file.Files.createTempDirectory(tempPrefix)));
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() throws IOException {
        try {
            browser.close();
        } finally {
            server.stop();
            store.close();
        }
    }
}
