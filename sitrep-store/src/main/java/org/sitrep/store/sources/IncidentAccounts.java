package org.sitrep.store.sources;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.store.event.DateWindow;

/**
 * An incident with every source's account of it and the analysts' decision on it (a review status,
 * or null when nobody reviewed it).
 */
record IncidentAccounts(long id, List<Account> accounts, String review) {

    IncidentAccounts {
        accounts = List.copyOf(accounts);
    }

    boolean confirmed() {
        return "confirmed".equals(review) || "corrected".equals(review);
    }

    boolean rejected() {
        return "rejected".equals(review);
    }

    /** Each source once: asserting if any of its accounts asserts, with its first account. */
    Map<String, Account> bySource() {
        Map<String, Account> out = new LinkedHashMap<>();
        for (Account a : accounts) {
            if (a.sourceKey() == null) {
                continue;
            }
            Account had = out.get(a.sourceKey());
            if (had == null || (had.denied() && !a.denied())) {
                out.put(a.sourceKey(), a);
            }
        }
        return out;
    }

    List<Account> asserting() {
        return bySource().values().stream().filter(a -> !a.denied()).toList();
    }

    List<Account> denying() {
        return bySource().values().stream().filter(Account::denied).toList();
    }

    boolean territorial() {
        return accounts.stream().anyMatch(Account::territorial);
    }

    /** The side the asserting accounts give the place to (or that acts), or null. */
    String taker() {
        return asserting().stream().map(Account::taker).filter(Objects::nonNull).findFirst().orElse(null);
    }

    String target() {
        return asserting().stream().map(Account::target).filter(Objects::nonNull).findFirst().orElse(null);
    }

    String placeKey() {
        return accounts.stream().map(Account::placeKey).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The days every asserting account allows (all accounts when none asserts), or null. */
    DateWindow window() {
        List<Account> counted = asserting().isEmpty() ? accounts : asserting();
        DateWindow w = null;
        for (Account a : counted) {
            if (a.window() != null) {
                w = w == null ? a.window() : w.common(a.window());
            }
        }
        return w;
    }

    /** The month the incident is counted in (YYYY-MM), or "undated". */
    String period() {
        DateWindow w = window();
        LocalDate day = w == null ? null : w.start();
        return day == null ? "undated" : String.format("%04d-%02d", day.getYear(), day.getMonthValue());
    }
}
