package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code sitrep serve} in a JVM of its own, on a free loopback port, for the API benchmark: the
 * server's collector then sees only the server's garbage, not the load generator's, as in use.
 */
final class ServerProcess implements AutoCloseable {
    private static final String SERVING = "Sitrep is serving on ";

    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the server on the store at {@code dbUrl}; its output other than the address goes to {@code err}. */
    static ServerProcess start(String dbUrl, List<String> jvmOptions, PrintWriter err) throws IOException {
        Process p = new ProcessBuilder(OwnJvm.command(jvmOptions, "serve", "--db", dbUrl, "--port", "0"))
                .redirectErrorStream(true).start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (!address.isDone() && line.startsWith(SERVING)) {
                        address.complete(line.substring(SERVING.length()).split(" ")[0]);
                    } else {
                        err.println("server: " + line);
                        err.flush();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            address.completeExceptionally(new IOException("the server process ended (exit "
                    + p.onExit().join().exitValue() + ")"));
        }, "bench-api-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(p, address.get(2, TimeUnit.MINUTES));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("cannot start `sitrep serve` for the benchmark: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.toString()), e);
        }
    }

    String url() {
        return url;
    }

    /** The server's resident memory now and at its peak, where the OS tells it. */
    java.util.Optional<ProcessMemory> memory() {
        return ProcessMemory.of(process.pid());
    }

    /**
     * The CPU time the server's process has used so far, where the OS tells it: on a shared machine
     * a steadier figure of what requests cost than their latencies, which the machine's minute moves.
     */
    java.util.Optional<java.time.Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /** Stops the server as Ctrl-C would (it closes the store), forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
