package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Lists the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item's link, title and date, and a
 * fingerprint of the item as the feed wrote it (a watcher refetches an item only when it changed).
 */
public final class FeedReader {
    /** One feed item; the link is absolute when the feed gave a base. */
    public record Item(String link, String title, LocalDate published, String fingerprint) {
    }

    /**
     * @param baseUrl the feed's own address, to resolve relative links; may be empty
     * @param max     at most this many items, in feed order
     */
    public List<Item> items(String xml, String baseUrl, int max) throws IngestException {
        Document doc = Jsoup.parse(xml, baseUrl == null ? "" : baseUrl, Parser.xmlParser());
        List<Item> items = new ArrayList<>();
        for (Element item : doc.select("item, entry")) {
            if (items.size() >= max) {
                break;
            }
            String link = link(item);
            if (link != null) {
                items.add(new Item(link, text(item, "title"), date(item), fingerprint(item)));
            }
        }
        if (items.isEmpty()) {
            throw new IngestException("feed has no items with a link");
        }
        return items;
    }

    /** RSS: {@code <link>text</link>} (or a permalink guid); Atom: {@code <link rel="alternate" href>}. */
    private static String link(Element item) {
        for (Element link : item.select("> link")) {
            String rel = link.attr("rel");
            if (link.hasAttr("href") && (rel.isEmpty() || rel.equals("alternate"))) {
                return link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
            }
            if (!link.hasAttr("href") && !link.text().isBlank()) {
                return link.text().strip();
            }
        }
        Element guid = item.selectFirst("> guid");
        if (guid != null && !"false".equals(guid.attr("isPermaLink")) && UrlFetcher.isUrl(guid.text().strip())) {
            return guid.text().strip();
        }
        return null;
    }

    /** SHA-256 of the item's markup with white space runs as one space. */
    private static String fingerprint(Element item) {
        String markup = item.outerHtml().replaceAll("\\s+", " ");
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(markup.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private static String text(Element item, String tag) {
        Element e = item.selectFirst("> " + tag);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static LocalDate date(Element item) {
        for (String tag : new String[] {"pubDate", "published", "dc|date", "updated"}) {
            String value = text(item, tag);
            if (value != null) {
                LocalDate date = DateParser.find(value).map(DateParser.Found::date).orElse(null);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }
}
