package org.sitrep.server.map;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A raster tile layer the user configured ({@code serve --tiles}): the map offers it beside the
 * built-in outlines, which need no network. Only the user's browser fetches tiles, never the server.
 *
 * @param url         a template with {z}, {x} and {y} (and optionally {s}), as Leaflet takes it
 * @param attribution shown in the map's corner, as the tile provider's terms usually require
 */
public record TileLayer(String name, String url, String attribution) {

    public TileLayer {
        if (url == null || !(url.contains("{z}") && url.contains("{x}") && url.contains("{y}"))) {
            throw new IllegalArgumentException("a tile URL template needs {z}, {x} and {y}, e.g. "
                    + "https://tiles.example.org/{z}/{x}/{y}.png: '" + url + "'");
        }
        String scheme = origin(url) == null ? null : url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("a tile URL template must start with http:// or https://: '" + url + "'");
        }
        name = name == null || name.isBlank() ? origin(url).replaceFirst("^https?://(\\*\\.)?", "") : name.strip();
        attribution = attribution == null ? "" : attribution.strip();
    }

    /** A layer named after its host. */
    public static TileLayer of(String url, String attribution) {
        return new TileLayer(null, url, attribution);
    }

    /** {@code scheme://host[:port]} of the template, for the page's content security policy; null if none. */
    public String origin() {
        return origin(url);
    }

    private static String origin(String template) {
        try {
            // the placeholders are not URI characters: stand in letters before parsing; a {s}
            // subdomain becomes the wildcard a content security policy understands
            URI u = new URI(template.replace("{s}", "subdomain0").replaceAll("\\{[a-z]+}", "a"));
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            return u.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + u.getHost().toLowerCase(Locale.ROOT).replace("subdomain0", "*")
                    + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
