package org.sitrep.server.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Posts an alert's JSON to its webhook: any 2xx answer is delivered; otherwise the reason, in one line. */
final class WebhookSender {
    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Empty when delivered, else why not. */
    Optional<String> post(String webhook, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhook)).timeout(timeout)
                    .header("Content-Type", "application/json").header("User-Agent", "Sitrep alerts")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("the webhook answered " + r.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("cannot post to the webhook: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
