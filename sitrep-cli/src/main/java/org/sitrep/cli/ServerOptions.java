package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --port}, {@code --host}, {@code --allowed-host} and {@code --public-read} for the commands that serve
 * the API ({@code serve}, {@code demo}).
 */
public final class ServerOptions {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the "
                    + "network: reads then need a user's token, unless --public-read).")
    String host = "127.0.0.1";

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A name the server answers to besides the address it listens on (repeatable), e.g. the "
                    + "name of a proxy in front of it. Requests for any other Host are refused (421): a web page cannot "
                    + "reach the server by DNS rebinding.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--public-read",
            description = "Keep reads open without a token when listening beyond 127.0.0.1 (--host); by default they "
                    + "then need a user's token.")
    boolean publicRead;
}
