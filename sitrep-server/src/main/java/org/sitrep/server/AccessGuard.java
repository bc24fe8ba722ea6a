package org.sitrep.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Bearer tokens: POST needs the write token (refused outright when none is configured); when a read
 * token is configured, reads need it too (the write token also reads). Tokens are compared in
 * constant time.
 */
public final class AccessGuard {
    private final byte[] writeToken;
    private final byte[] readToken;

    public AccessGuard(String writeToken, String readToken) {
        this.writeToken = bytes(writeToken);
        this.readToken = bytes(readToken);
    }

    public void requireRead(Context ctx) {
        if (readToken == null) {
            return;
        }
        byte[] given = bearer(ctx, "reads are closed on this server");
        if (!MessageDigest.isEqual(given, readToken) && !(writeToken != null && MessageDigest.isEqual(given, writeToken))) {
            throw ApiException.unauthorized("wrong token for reading");
        }
    }

    public void requireWrite(Context ctx) {
        if (writeToken == null) {
            throw ApiException.forbidden("posting reports is disabled on this server: start it with --token TOKEN "
                    + "(or the SITREP_TOKEN environment variable) to allow it");
        }
        byte[] given = bearer(ctx, "posting reports needs the server's token");
        if (!MessageDigest.isEqual(given, writeToken)) {
            throw ApiException.unauthorized("wrong token for posting reports");
        }
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
