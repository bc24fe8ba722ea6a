package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one page with {@link HttpClient}: connection and whole-download timeouts, redirects
 * followed (not from https down to http), a size limit enforced while reading, and a content-type
 * check before the body is read, so that an image or a video is never downloaded.
 */
final class UrlFetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,"
            + "application/rss+xml,application/atom+xml,application/xml;q=0.8,*/*;q=0.1";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)");

    /** A downloaded page. */
    record Page(URI uri, ContentKind kind, Charset charset, byte[] body) {
    }

    private final long maxBytes;
    private final Duration connectTimeout;
    private final Duration timeout;
    /** Made on the first fetch: a client starts a thread, which a run over local files does not need. */
    private HttpClient client;

    UrlFetcher(long maxBytes, Duration connectTimeout, Duration timeout) {
        this.maxBytes = maxBytes;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** Whether an input names a URL rather than a path. */
    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    Page fetch(URI uri) throws IngestException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", ACCEPT)
                    .header("User-Agent", "sitrep/0.1 (+report reader)").GET().build();
        } catch (IllegalArgumentException e) {
            throw new IngestException("not a valid URL");
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request, this::bodyFor);
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new IngestException("timed out after " + seconds(timeout));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted");
        } catch (ExecutionException e) {
            throw new IngestException(describe(e.getCause()), e.getCause());
        }
        int status = response.statusCode();
        if (status / 100 == 3) {
            throw new IngestException(
                    "redirect not followed (HTTP " + status + "): a loop, too many, or https to http");
        }
        if (status / 100 != 2) {
            throw new IngestException("HTTP " + status);
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        ContentKind kind = ContentKind.ofMediaType(type);
        if (kind == null) {
            throw new IngestException("unsupported content type " + type.split(";", 2)[0].strip());
        }
        return new Page(response.uri(), kind, charset(type), response.body());
    }

    /** Reads a 2xx body of a readable type up to the limit; anything else is not downloaded. */
    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        boolean readable = info.statusCode() / 100 == 2
                && ContentKind.ofMediaType(info.headers().firstValue("Content-Type").orElse(null)) != null;
        if (!readable) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new LimitedBody(maxBytes, declared > maxBytes ? declared : -1);
    }

    private String describe(Throwable cause) {
        if (cause instanceof TooLarge t) {
            return t.getMessage();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "connection timed out after " + seconds(timeout);
        }
        if (cause instanceof HttpTimeoutException) {
            return "timed out after " + seconds(timeout);
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        if (cause instanceof IOException && cause.getCause() instanceof TooLarge t) {
            return t.getMessage();
        }
        String message = cause.getMessage();
        return "download failed: " + (message == null ? cause.getClass().getSimpleName() : message);
    }

    static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() ? Charset.forName(m.group(1)) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The download went over the size limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Collects the body and cancels the download as soon as it passes the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final long limit;
        private final long declaredTooLarge;
        private Flow.Subscription subscription;

        LimitedBody(long limit, long declaredTooLarge) {
            this.limit = limit;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge > 0) {
                s.cancel();
                result.completeExceptionally(new TooLarge("too large (" + declaredTooLarge + " bytes, limit " + limit + ")"));
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (buffer.size() + (long) b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge("too large (more than " + limit + " bytes)"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
