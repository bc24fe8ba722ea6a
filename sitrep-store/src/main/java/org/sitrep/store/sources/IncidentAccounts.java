package org.sitrep.store.sources;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.store.event.DateWindow;

/**
 * An incident with every source's account of it and the analysts' decision on it (a review status,
 * or null when nobody reviewed it). What the rules ask of it is worked out once: a busy place's
 * incidents are asked again for each of their neighbours.
 */
final class IncidentAccounts {
    private final long id;
    private final List<Account> accounts;
    private final String review;
    private final List<Account> asserting;
    private final List<Account> denying;
    private final boolean territorial;
    private final String taker;
    private final String target;
    private final String placeKey;
    private final DateWindow window;

    IncidentAccounts(long id, List<Account> accounts, String review) {
        this.id = id;
        this.accounts = List.copyOf(accounts);
        this.review = review;
        Map<String, Account> bySource = new LinkedHashMap<>();
        for (Account a : accounts) {
            if (a.sourceKey() == null) {
                continue;
            }
            Account had = bySource.get(a.sourceKey());
            if (had == null || (had.denied() && !a.denied())) {
                bySource.put(a.sourceKey(), a); // asserting if any of its accounts asserts
            }
        }
        this.asserting = bySource.values().stream().filter(a -> !a.denied()).toList();
        this.denying = bySource.values().stream().filter(Account::denied).toList();
        this.territorial = accounts.stream().anyMatch(Account::territorial);
        // a battle's incident may hold a clash beside the change of control: who took the place decides
        List<Account> deciding = territorial && asserting.stream().anyMatch(Account::territorial)
                ? asserting.stream().filter(Account::territorial).toList() : asserting;
        this.taker = deciding.stream().map(Account::taker).filter(Objects::nonNull).findFirst().orElse(null);
        this.target = deciding.stream().map(Account::target).filter(Objects::nonNull).findFirst().orElse(null);
        this.placeKey = accounts.stream().map(Account::placeKey).filter(Objects::nonNull).findFirst().orElse(null);
        DateWindow w = null;
        for (Account a : asserting.isEmpty() ? this.accounts : asserting) {
            if (a.window() != null) {
                w = w == null ? a.window() : w.common(a.window());
            }
        }
        this.window = w;
    }

    long id() {
        return id;
    }

    List<Account> accounts() {
        return accounts;
    }

    boolean confirmed() {
        return "confirmed".equals(review) || "corrected".equals(review);
    }

    boolean rejected() {
        return "rejected".equals(review);
    }

    /** Each source that asserts it, once. */
    List<Account> asserting() {
        return asserting;
    }

    /** Each source that only denies it, once. */
    List<Account> denying() {
        return denying;
    }

    boolean territorial() {
        return territorial;
    }

    /** The side the asserting accounts give the place to (or that acts), or null. */
    String taker() {
        return taker;
    }

    String target() {
        return target;
    }

    String placeKey() {
        return placeKey;
    }

    /** The days every asserting account allows (all accounts when none asserts), or null. */
    DateWindow window() {
        return window;
    }

    /** The month the incident is counted in (YYYY-MM), or "undated". */
    String period() {
        LocalDate day = window == null ? null : window.start();
        return day == null ? "undated" : String.format("%04d-%02d", day.getYear(), day.getMonthValue());
    }
}
