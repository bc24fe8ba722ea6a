package org.sitrep.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.watch.SourceList;

/**
 * Runs the API server in the foreground for {@code serve} and {@code demo}: prints the address,
 * then waits until the process is stopped (Ctrl-C), when the server stops before the store closes.
 */
final class ServerRunner {
    private ServerRunner() {
    }

    /**
     * @param anyPortIfBusy when the port is taken, listen on a free one instead (for the demo, where
     *                      a newcomer did not choose the port)
     * @return the exit status: 1 when the server could not start
     */
    static int serve(ServerConfig given, ServerOptions where, boolean anyPortIfBusy, PrintWriter out, PrintWriter err) {
        return serve(given, null, null, where, anyPortIfBusy, out, err);
    }

    /**
     * @param sources the watched sources /api/sources shows; may be null
     * @param watcher polling beside the server, stopped before the store closes; may be null
     */
    static int serve(ServerConfig given, SourceList sources, AutoCloseable watcher, ServerOptions where,
            boolean anyPortIfBusy, PrintWriter out, PrintWriter err) {
        ServerConfig config = given.withAllowedHosts(where.allowedHosts);
        SitrepServer server = new SitrepServer(config, sources);
        try {
            server.start(where.host, where.port);
        } catch (IllegalStateException e) {
            err.println("sitrep: " + e.getMessage());
            closeQuietly(watcher);
            return 1;
        } catch (JavalinBindException e) {
            if (!anyPortIfBusy || where.port == 0) {
                closeQuietly(watcher);
                err.println("sitrep: cannot listen on " + where.host + ":" + where.port + ": the port is in use or the "
                        + "address is not this machine's (choose another with --port / --host)");
                return 1;
            }
            err.println("sitrep: port " + where.port + " is in use: listening on a free port instead");
            server = new SitrepServer(config, sources);
            server.start(where.host, 0);
        }
        SitrepServer running = server;
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // stop taking requests, then close the store, before the JVM ends
            running.stop();
            closeQuietly(watcher);
            config.store().close();
            stopped.countDown();
        }, "sitrep-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Sitrep is serving on " + running.url() + " (Ctrl-C to stop)");
        out.println("Open " + running.url() + " in a browser for the map; the API is described at "
                + running.url() + "api/openapi.json");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.stop();
        }
        return 0;
    }

    private static void closeQuietly(AutoCloseable watcher) {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (Exception e) {
            // stopping: nothing left to do about it
        }
    }
}
