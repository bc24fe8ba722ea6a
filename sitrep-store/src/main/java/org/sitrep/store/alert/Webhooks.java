package org.sitrep.store.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A webhook is an absolute http(s) URL with a host; nothing else is posted to. */
final class Webhooks {
    private static final int MAX_LENGTH = 2000;

    private Webhooks() {
    }

    static String check(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("an alert needs a webhook URL to post to");
        }
        String u = url.strip();
        if (u.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the webhook URL is over " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("the webhook must be an http:// or https:// URL with a host, not '"
                        + u + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the webhook is not a URL: " + e.getMessage(), e);
        }
        return u;
    }
}
