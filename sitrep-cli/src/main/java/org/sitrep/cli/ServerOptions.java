package org.sitrep.cli;

import picocli.CommandLine.Option;

/** {@code --port} and {@code --host} for the commands that serve the API ({@code serve}, {@code demo}). */
public final class ServerOptions {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the "
                    + "network: close reads with --read-token first).")
    String host = "127.0.0.1";
}
