package org.sitrep.server;

/** The body of every error response: a stable code for programs and a sentence for people. */
public record ErrorBody(String error, String detail) {
}
