package org.sitrep.ingest;

/** An input that cannot be read as a report; the message is one line saying why, without the input's name. */
public class IngestException extends Exception {
    public IngestException(String problem) {
        super(problem);
    }

    public IngestException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
