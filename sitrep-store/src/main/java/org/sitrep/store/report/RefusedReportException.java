package org.sitrep.store.report;

import org.sitrep.store.StoreException;

/** A report the store will not hold as it is (an id too long to be a key); its message is one line. */
public final class RefusedReportException extends StoreException {
    public RefusedReportException(String message) {
        super(message);
    }
}
