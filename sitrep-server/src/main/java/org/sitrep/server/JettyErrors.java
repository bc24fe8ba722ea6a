package org.sitrep.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.sitrep.server.api.Responses;

/**
 * Errors Jetty answers itself, before Javalin sees the request (a malformed URI or header, a request
 * line too long): the same {@code {error, detail}} JSON, never an HTML page or a stack.
 */
final class JettyErrors extends ErrorHandler {
    JettyErrors() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Responses.JSON + "; charset=utf-8");
        response.getOutputStream().write(body(code, message));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Responses.JSON + "; charset=utf-8");
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        String detail = reason == null || reason.isBlank() ? "the request could not be handled" : reason;
        return Responses.toBytes(new ErrorBody(ErrorMapping.code(status), Filters.clip(detail)));
    }
}
