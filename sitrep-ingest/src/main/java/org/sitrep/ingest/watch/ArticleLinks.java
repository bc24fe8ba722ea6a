package org.sitrep.ingest.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links of a plain page (an outlet's front page or news list): links on the same host,
 * outside the page's navigation, header and footer, to something that is not a file (image, PDF,
 * script) nor the page itself, in page order, each once.
 */
public final class ArticleLinks {
    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|svg|ico|pdf|zip|mp[34]|css|js|xml|rss|json)$");

    /** The parts of a page around its articles. */
    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside");

    private ArticleLinks() {
    }

    public static List<URI> of(String html, URI page, int max) {
        Document doc = Jsoup.parse(html, page.toString());
        Set<URI> links = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            if (links.size() >= max) {
                break;
            }
            if (a.parents().stream().anyMatch(p -> CHROME.contains(p.normalName()))) {
                continue;
            }
            URI link = article(a.absUrl("href"), page);
            if (link != null) {
                links.add(link);
            }
        }
        return new ArrayList<>(links);
    }

    private static URI article(String href, URI page) {
        if (href.isEmpty()) {
            return null;
        }
        try {
            URI u = new URI(href);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null
                    || !u.getHost().equalsIgnoreCase(page.getHost()) || u.getPort() != page.getPort()) {
                return null;
            }
            URI bare = new URI(u.getScheme(), u.getRawAuthority(), u.getRawPath(), u.getRawQuery(), null);
            bare = URI.create(bare.toString());
            String path = bare.getPath() == null ? "" : bare.getPath();
            if (path.isEmpty() || path.equals("/") || NOT_ARTICLE.matcher(path).matches()
                    || bare.equals(URI.create(page.toString().replaceAll("#.*", "")))) {
                return null;
            }
            return bare;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
