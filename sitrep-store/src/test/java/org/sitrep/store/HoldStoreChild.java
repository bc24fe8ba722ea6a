package org.sitrep.store;

/**
 * Another process on a store: opens the store at the JDBC URL given as argument, prints {@code OPEN}
 * and the number of reports it sees, and keeps it open until its standard input ends.
 */
public final class HoldStoreChild {
    private HoldStoreChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(args[0])) {
            System.out.println("OPEN " + store.reports().count());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
