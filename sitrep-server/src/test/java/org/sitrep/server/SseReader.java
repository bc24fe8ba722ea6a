package org.sitrep.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A test client of {@code /api/stream}: reads the frames as a browser's EventSource would. */
final class SseReader implements AutoCloseable {
    /** One message (id, event, data) or one comment line. */
    record Frame(String id, String event, String data, String comment) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private SseReader(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    static SseReader open(HttpClient client, String url, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        return new SseReader(client.send(b.GET().build(), HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The body of a refused request. */
    String body() {
        return String.join("\n", response.body().toList());
    }

    private void read() {
        String id = null;
        String event = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null || event != null) {
                        frames.add(new Frame(id, event, data == null ? null : data.toString(), null));
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    frames.add(new Frame(null, null, null, line.substring(1).strip()));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder() : data.append('\n');
                    data.append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException e) {
            // the connection closed
        }
    }

    /** The next frame that {@code wanted} accepts within {@code timeout}, skipping others; fails if none. */
    Frame await(Predicate<Frame> wanted, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<Frame> skipped = new ArrayList<>();
        while (true) {
            long left = end - System.nanoTime();
            Frame f = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            if (f == null) {
                throw new AssertionError("no " + what + " within " + timeout + "; got " + skipped);
            }
            if (wanted.test(f)) {
                return f;
            }
            skipped.add(f);
        }
    }

    /** Every message frame (no comments) until {@code last} is seen. */
    List<Frame> messagesUntil(Predicate<Frame> last, Duration timeout) throws InterruptedException {
        List<Frame> out = new ArrayList<>();
        while (true) {
            Frame f = await(x -> x.comment() == null, timeout, "message after " + out);
            out.add(f);
            if (last.test(f)) {
                return out;
            }
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
