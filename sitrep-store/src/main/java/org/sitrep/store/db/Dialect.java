package org.sitrep.store.db;

/** The databases the store runs on. The SQL is shared; the dialect only picks drivers and extras. */
public enum Dialect {
    H2, POSTGRESQL, OTHER;

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return OTHER;
    }
}
