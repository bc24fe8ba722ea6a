package org.sitrep.ingest.watch;

import java.net.URI;

/**
 * A page a watcher fetched: where it ended (after redirects), its status (304: not modified since the
 * validators sent, with no body), content type, body, and the validators for the next request.
 */
public record Fetched(URI uri, int status, String contentType, byte[] body, String etag, String lastModified) {
    public boolean notModified() {
        return status == 304;
    }
}
