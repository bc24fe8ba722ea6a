package org.sitrep.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: bind parameters (nulls included), run, map rows. */
public final class Sql {
    private Sql() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p == null) {
                // untyped null: both drivers let the server take the column's type
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    public static <T> List<T> list(Connection c, String sql, List<?> params, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> first(Connection c, String sql, List<?> params, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(1);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    public static long count(Connection c, String sql, List<?> params) throws SQLException {
        return first(c, sql, params, rs -> rs.getLong(1)).orElse(0L);
    }

    public static int update(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT into a table whose first column is a generated {@code id}; returns it. */
    public static long insert(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for: " + sql);
                }
                return keys.getLong("id");
            }
        }
    }

    /**
     * Runs an INSERT once per row of parameters as one JDBC batch (one round trip, not one per row)
     * into a table whose generated key column is {@code id}; returns the ids in row order.
     */
    public static long[] insertBatch(Connection c, String sql, List<? extends List<?>> rows) throws SQLException {
        long[] ids = new long[rows.size()];
        if (rows.isEmpty()) {
            return ids;
        }
        // the key by name: "all generated keys" makes PostgreSQL's driver return every column
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (List<?> row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    if (!keys.next()) {
                        throw new SQLException("batch gave " + i + " generated ids for " + ids.length + " rows: " + sql);
                    }
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Runs a statement once per row of parameters as one JDBC batch; returns each row's update count. */
    public static int[] batch(Connection c, String sql, List<? extends List<?>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (List<?> row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    /** Nullable column readers: JDBC's getInt/getDouble turn NULL into 0. */
    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
        return getInteger(rs, rs.findColumn(column));
    }

    public static Long getLongOrNull(ResultSet rs, String column) throws SQLException {
        return getLongOrNull(rs, rs.findColumn(column));
    }

    public static Double getDoubleOrNull(ResultSet rs, String column) throws SQLException {
        return getDoubleOrNull(rs, rs.findColumn(column));
    }

    public static java.time.LocalDate getDate(ResultSet rs, String column) throws SQLException {
        return getDate(rs, rs.findColumn(column));
    }

    /** The same readers by position, for rows read by the thousand. */
    public static Integer getInteger(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long getLongOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Double getDoubleOrNull(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public static java.time.LocalDate getDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, java.time.LocalDate.class);
    }

    /** Values at most one IN list takes: drivers and planners cope badly with thousands. */
    public static final int IN_LIST_MAX = 500;

    /** {@code values} in parts of at most {@link #IN_LIST_MAX}, in order, for one IN list each. */
    public static <T> List<List<T>> chunks(java.util.Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
            out.add(all.subList(from, Math.min(all.size(), from + IN_LIST_MAX)));
        }
        return out;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} parameters. */
    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Escapes {@code %}, {@code _} and the escape character for {@code LIKE ... ESCAPE '\'}. */
    public static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
