package org.sitrep.server.live;

/**
 * One message of the live stream: a change of the store's sequence, rendered once for every
 * client. Its id is the change's sequence number, so a client that reconnects with
 * {@code Last-Event-ID} resumes after it.
 */
public record StreamMessage(long seq, String kind, String json) {
    /** The server-sent events frame (the JSON has no line breaks: one {@code data:} line). */
    public String frame() {
        return "id: " + seq + "\nevent: " + kind + "\ndata: " + json + "\n\n";
    }
}
