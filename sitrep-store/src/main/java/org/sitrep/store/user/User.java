package org.sitrep.store.user;

import java.time.Instant;

/** A named user; {@code revokedAt} is set once the token no longer works. */
public record User(String name, Role role, Instant createdAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
