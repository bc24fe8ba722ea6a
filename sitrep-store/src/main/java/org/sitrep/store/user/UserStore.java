package org.sitrep.store.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.store.StoreException;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/** Named users with a role and a token kept only as its hash. */
public final class UserStore {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,99}");
    private static final String COLUMNS = "name, role, created_at, revoked_at";

    /** A user just added, with the token shown this once. */
    public record NewUser(User user, String token) {
    }

    private final Database db;

    public UserStore(Database db) {
        this.db = db;
    }

    /** Adds a user; refuses a name in use (revoked users keep theirs) or one with spaces or symbols. */
    public NewUser add(String name, Role role) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' must be letters, digits, '.', '_', '@' or '-'"
                    + " (at most 100, starting with a letter or digit)");
        }
        String token = Tokens.random();
        Instant now = Instant.now();
        return db.write(c -> {
            if (Sql.first(c, "SELECT name FROM sitrep_user WHERE name = ?", List.of(name), rs -> 1).isPresent()) {
                throw new IllegalArgumentException("user '" + name + "' exists already");
            }
            Sql.update(c, "INSERT INTO sitrep_user (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)",
                    List.of(name, role.label(), Tokens.hash(token), Timestamp.from(now)));
            return new NewUser(new User(name, role, now, null), token);
        });
    }

    public List<User> list() {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM sitrep_user ORDER BY name", List.of(),
                UserStore::map));
    }

    /** Revokes a user's token; false when no active user has that name. */
    public boolean revoke(String name) {
        return db.write(c -> Sql.update(c, "UPDATE sitrep_user SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                List.of(Timestamp.from(Instant.now()), name)) > 0);
    }

    /** The active user holding {@code token}. */
    public Optional<User> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return db.read(c -> Sql.first(c, "SELECT " + COLUMNS + " FROM sitrep_user WHERE token_hash = ?"
                + " AND revoked_at IS NULL", List.of(Tokens.hash(token.strip())), UserStore::map));
    }

    public long activeCount() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM sitrep_user WHERE revoked_at IS NULL", List.of()));
    }

    private static User map(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Role role;
        try {
            role = Role.of(rs.getString("role"));
        } catch (IllegalArgumentException e) {
            throw new StoreException("user " + rs.getString("name") + " has an unknown role in the store", e);
        }
        return new User(rs.getString("name"), role, rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
