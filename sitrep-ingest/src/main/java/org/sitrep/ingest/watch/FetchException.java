package org.sitrep.ingest.watch;

/** A fetch that gave nothing to read; the message is one line for {@code source list}. */
public final class FetchException extends Exception {
    private final Integer status;

    public FetchException(String message, Integer status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, when the server answered. */
    public Integer status() {
        return status;
    }
}
