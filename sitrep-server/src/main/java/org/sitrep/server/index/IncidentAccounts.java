package org.sitrep.server.index;

import java.util.function.IntConsumer;

/**
 * Each incident's accounts (indexes of the event columns, ascending, so in event id order), by the
 * incident's place in the order: a page's sources come from here instead of a query that read every
 * account's row, evidence and all, from the store.
 */
final class IncidentAccounts {
    /** The accounts of the incident at place p: {@code accounts[start[p] .. start[p + 1])}. */
    private final int[] start;
    private final int[] accounts;

    private IncidentAccounts(int[] start, int[] accounts) {
        this.start = start;
        this.accounts = accounts;
    }

    /** @param positionOf per account, its incident's place in the order (-1: none) */
    static IncidentAccounts of(int[] positionOf, int incidentCount) {
        int[] start = new int[incidentCount + 1];
        for (int p : positionOf) {
            if (p >= 0) {
                start[p + 1]++;
            }
        }
        for (int p = 0; p < incidentCount; p++) {
            start[p + 1] += start[p];
        }
        int[] next = java.util.Arrays.copyOf(start, incidentCount);
        int[] accounts = new int[start[incidentCount]];
        for (int i = 0; i < positionOf.length; i++) {
            if (positionOf[i] >= 0) {
                accounts[next[positionOf[i]]++] = i;
            }
        }
        return new IncidentAccounts(start, accounts);
    }

    /** Calls {@code each} with the accounts of the incident at place {@code position}, ascending. */
    void forEach(int position, IntConsumer each) {
        for (int k = start[position]; k < start[position + 1]; k++) {
            each.accept(accounts[k]);
        }
    }
}
