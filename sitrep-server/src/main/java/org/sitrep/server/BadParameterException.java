package org.sitrep.server;

/**
 * A query parameter or command-line filter that is not valid: a bad date, an unknown event type,
 * a character no name has. The API answers 400 with the message; the CLI prints it.
 */
public final class BadParameterException extends IllegalArgumentException {
    public BadParameterException(String message) {
        super(message);
    }
}
