package org.sitrep.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers only requests addressed to this server: the {@code Host} header must name an address the
 * server listens on (on loopback: 127.0.0.1, ::1 or localhost; on every interface: one of this
 * machine's addresses) or a name given with {@code --allowed-host}. Otherwise a web page could reach
 * a server on loopback through DNS rebinding (its own name made to resolve to 127.0.0.1): such a
 * request is answered 421 and nothing else. Names are compared as written, never looked up.
 */
public final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> configured;
    private volatile Set<String> allowed = Set.of();
    private volatile boolean anyLocalAddress;

    public HostCheck(List<String> allowedHosts) {
        Set<String> names = new LinkedHashSet<>();
        for (String h : allowedHosts) {
            if (h != null && !h.isBlank()) {
                names.add(normalise(h.strip()));
            }
        }
        this.configured = Collections.unmodifiableSet(names);
    }

    /** Called when the server binds: the addresses it listens on become acceptable hosts. */
    void listeningOn(String host) {
        Set<String> names = new LinkedHashSet<>(configured);
        String h = normalise(host);
        names.add(h);
        boolean wildcard = h.equals("0.0.0.0") || h.equals("::") || h.equals("::0");
        if (wildcard || loopback(h)) {
            names.addAll(List.of("localhost", "127.0.0.1", "::1"));
        }
        anyLocalAddress = wildcard;
        allowed = Collections.unmodifiableSet(names);
    }

    public void check(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || header.isBlank()) {
            return; // HTTP/1.0 without Host: no browser sends that, so no rebinding either
        }
        String name = normalise(hostPart(header.strip()));
        if (allowed.contains(name) || (anyLocalAddress && localAddress(name))) {
            return;
        }
        throw new ApiException(421, "misdirected_request", "this server answers to " + String.join(", ", allowed)
                + (anyLocalAddress ? " and this machine's addresses" : "") + ", not to '" + Filters.clip(name)
                + "': start it with --allowed-host " + Filters.clip(name) + " if that name is yours");
    }

    /** The host of a Host header, without its port: "[::1]:7070" is "::1". */
    static String hostPart(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end > 0 ? header.substring(1, end) : header;
        }
        int colon = header.indexOf(':');
        return colon >= 0 && colon == header.lastIndexOf(':') ? header.substring(0, colon) : header;
    }

    private static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /** Whether an address literal (never a name: no lookup) is one of this machine's. */
    private static boolean localAddress(String host) {
        if (!IPV4.matcher(host).matches() && !host.contains(":")) {
            return false;
        }
        try {
            InetAddress a = InetAddress.getByName(host); // a literal: parsed, not resolved
            return a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
