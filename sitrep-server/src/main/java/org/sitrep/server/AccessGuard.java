package org.sitrep.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.sitrep.store.user.Role;
import org.sitrep.store.user.User;
import org.sitrep.store.user.UserStore;

/**
 * Who may do what, from the bearer token: a named user's token (its role decides), or the server's
 * own tokens ({@code --token} writes as an analyst, {@code --read-token} reads). Writes always need
 * a token; reads need one when a read token is configured or the server listens beyond loopback
 * without {@code --public-read}. A missing or unknown token is 401, a role that may not 403.
 * Server tokens are compared in constant time; user tokens by their hash.
 */
public final class AccessGuard {
    /** Who made a request; the name goes into the history of what they change. */
    public record Principal(String name, Role role) {
    }

    private final UserStore users;
    private final byte[] writeToken;
    private final byte[] readToken;
    private volatile boolean readsOpen = true;

    public AccessGuard(UserStore users, String writeToken, String readToken) {
        this.users = users;
        this.writeToken = bytes(writeToken);
        this.readToken = bytes(readToken);
    }

    /** Whether anyone may read without a token (a read token, if configured, closes reads anyway). */
    void readsOpen(boolean open) {
        this.readsOpen = open;
    }

    boolean readsClosed() {
        return readToken != null || !readsOpen;
    }

    public void requireRead(Context ctx) {
        if (!readsClosed()) {
            return;
        }
        byte[] given = bearer(ctx, "reads are closed on this server");
        if (readToken != null && MessageDigest.isEqual(given, readToken) || isWriteToken(given)) {
            return;
        }
        if (user(given).isEmpty()) {
            throw ApiException.unauthorized("wrong token for reading");
        }
    }

    /** The user a write comes from, when their role allows {@code needed}; else 401 or 403. */
    public Principal requireRole(Context ctx, Role needed, String what) {
        if (writeToken == null && users.activeCount() == 0) {
            throw ApiException.forbidden(what + " is disabled on this server: add a user with `sitrep user add NAME "
                    + "--role " + needed.label() + "` (or start it with --token TOKEN)");
        }
        byte[] given = bearer(ctx, what + " needs a user's token");
        Principal p;
        if (isWriteToken(given)) {
            p = new Principal("token", Role.ANALYST);
        } else {
            User u = user(given).orElseThrow(() -> ApiException.unauthorized("wrong token for " + what));
            p = new Principal(u.name(), u.role());
        }
        if (!p.role().allows(needed)) {
            throw ApiException.forbidden(what + " needs the " + needed.label() + " role; " + p.name() + " is a "
                    + p.role().label());
        }
        return p;
    }

    /** Posting reports: an analyst's (or the server token's) right. */
    public Principal requireWrite(Context ctx) {
        return requireRole(ctx, Role.ANALYST, "posting reports");
    }

    private boolean isWriteToken(byte[] given) {
        return writeToken != null && MessageDigest.isEqual(given, writeToken);
    }

    private Optional<User> user(byte[] given) {
        return users.authenticate(new String(given, StandardCharsets.UTF_8));
    }

    private static byte[] bearer(Context ctx, String why) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
            throw ApiException.unauthorized(why + ": send 'Authorization: Bearer TOKEN'");
        }
        return header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String token) {
        return token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }
}
