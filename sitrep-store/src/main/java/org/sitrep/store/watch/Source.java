package org.sitrep.store.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/** One outlet's feed or page to watch, as a line of {@code sources.tsv} gives it. */
public record Source(String url, String name, Duration every, SourceKind kind) {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(10);

    public Source {
        url = checkedUrl(url);
        name = name == null || name.isBlank() ? URI.create(url).getHost() : name.strip();
        if (name.contains("\t") || name.contains("\n")) {
            throw new IllegalArgumentException("name '" + name + "' has a tab or a line break");
        }
        every = every == null ? DEFAULT_EVERY : every;
        kind = kind == null ? SourceKind.FEED : kind;
    }

    /** An absolute http(s) URL with a host, without a fragment; anything else is refused naming it. */
    static String checkedUrl(String url) {
        String u = url == null ? "" : url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + url + "' is not an http(s) URL");
            }
            if (u.length() > 4000) {
                throw new IllegalArgumentException("URL longer than 4000 characters");
            }
            return u.contains("#") ? u.substring(0, u.indexOf('#')) : u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL");
        }
    }
}
