package org.sitrep.server;

/**
 * A request the API refuses, with the HTTP status and the {@code {error, detail}} body the client
 * gets. {@code detail} is written for the client: it never holds a stack trace or SQL.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad_request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not_found", detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", detail);
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "payload_too_large", detail);
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(415, "unsupported_media_type", detail);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
