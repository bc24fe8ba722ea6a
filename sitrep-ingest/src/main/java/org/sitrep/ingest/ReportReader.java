package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.Report;

/**
 * Reads reports from a local file or a URL, whatever the format: web text or markdown, HTML,
 * a JSON Lines corpus, or an RSS/Atom feed (whose items are fetched). The format comes from the
 * content type, the file name and the first characters. Every failure is a result naming the
 * input and the problem; nothing is thrown, so a batch goes on.
 */
public final class ReportReader {
    private static final int MAX_POSITIONS_SHOWN = 5;
    /** Bytes read to tell a corpus from a page when counting. */
    private static final int SNIFF_BYTES = 4096;

    private final ReadOptions options;
    private final WebTextReader webText;
    private final HtmlReader html;
    private final JsonlReader jsonl;
    private final FeedReader feeds = new FeedReader();
    private final UrlFetcher fetcher;

    public ReportReader(ReadOptions options) {
        this.options = options;
        ArticleBuilder articles = new ArticleBuilder(options.boilerplate());
        this.webText = new WebTextReader(articles);
        this.html = new HtmlReader(articles, HtmlRules.defaults());
        this.jsonl = new JsonlReader(webText);
        this.fetcher = new UrlFetcher(options.maxFetchBytes(), options.connectTimeout(), options.fetchTimeout());
    }

    /** All reports of a file (a corpus gives one per line). */
    public List<ReadResult> read(Path file) {
        return stream(file).toList();
    }

    /** All reports of a URL (a feed gives one per item). */
    public List<ReadResult> read(URI url) {
        return stream(url).toList();
    }

    /** The reports of a file, read as the stream is consumed. */
    public Stream<ReadResult> stream(Path file) {
        return Stream.of(file).flatMap(this::readFile);
    }

    private Stream<ReadResult> readFile(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return failed(name, "is a directory");
            }
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return failed(name, "too large (" + size + " bytes, limit " + options.maxFileBytes() + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file");
        } catch (AccessDeniedException e) {
            return failed(name, "permission denied");
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage());
        }
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        try {
            // decoding and a page's reading happen here; a corpus's lines are read later, one by one
            return content(name, stem(fileName), bytes, null, ContentKind.ofFileName(fileName), null);
        } catch (OutOfMemoryError e) {
            return failed(name, MemoryLimits.tooLarge(size(bytes)));
        }
    }

    private static long size(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    /**
     * How many reports a file holds, about: a JSON Lines corpus's non-blank lines, else one. Reads
     * the file as bytes, without decoding it.
     */
    long countReports(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
            String start = new String(head, StandardCharsets.UTF_8);
            if (ContentKind.sniff(ContentKind.ofFileName(fileName), start) != ContentKind.JSONL) {
                return 1;
            }
            long lines = 0;
            boolean blank = true;
            for (InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), in); ; ) {
                int b = all.read();
                if (b == -1 || b == '\n') {
                    lines += blank ? 0 : 1;
                    blank = true;
                    if (b == -1) {
                        return Math.max(1, lines);
                    }
                } else if (b > ' ') {
                    blank = false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The reports of a URL, fetched as the stream is consumed. */
    public Stream<ReadResult> stream(URI url) {
        return Stream.of(url).flatMap(u -> {
            String name = u.toString();
            try {
                UrlFetcher.Page page = fetcher.fetch(u);
                return content(name, idOf(page.uri()), page.body(), page.charset(), page.kind(),
                        page.uri().toString());
            } catch (IngestException e) {
                return failed(name, e.getMessage());
            }
        });
    }

    /**
     * Reads an article page someone else fetched (the watcher, with its own politeness), as a fetch
     * of that URL would be read, under {@code id}; the listing's title and date fill the page's gaps.
     */
    public ReadResult readFetched(String id, URI uri, byte[] body, String contentType, String title,
            java.time.LocalDate published) {
        String name = uri.toString();
        ContentKind announced = ContentKind.ofMediaType(contentType);
        if (announced == null) {
            return ReadResult.failed(name, "unsupported content type " + contentType);
        }
        try {
            List<String> warnings = new ArrayList<>();
            String text = decode(body, UrlFetcher.charset(contentType), warnings);
            ContentKind kind = ContentKind.sniff(announced, text);
            if (kind == ContentKind.FEED) {
                return ReadResult.failed(name, "a feed where an article was expected");
            }
            ReportMeta known = new ReportMeta();
            known.title = title;
            known.published = published;
            known.url = name;
            return document(name, id, text, kind, known, warnings).findFirst()
                    .orElse(ReadResult.failed(name, "no report in the page"));
        } catch (IngestException e) {
            return ReadResult.failed(name, e.getMessage());
        }
    }

    /** Parses {@code input} as a URL and reads it. */
    public Stream<ReadResult> stream(String url) {
        try {
            return stream(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return failed(url, "not a valid URL");
        }
    }

    private Stream<ReadResult> content(String name, String id, byte[] bytes, Charset hint,
            ContentKind announced, String url) {
        try {
            List<String> warnings = new ArrayList<>();
            String text = decode(bytes, hint, warnings);
            ContentKind kind = ContentKind.sniff(announced, text);
            if (kind == ContentKind.FEED) {
                return feedItems(text, url);
            }
            ReportMeta known = new ReportMeta();
            known.url = url;
            return document(name, id, text, kind, known, warnings);
        } catch (IngestException e) {
            return failed(name, e.getMessage());
        }
    }

    /** The text of a file or page; a guessed charset is worth a warning. */
    private static String decode(byte[] bytes, Charset hint, List<String> warnings) throws IngestException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, hint);
        if (hint == null && !decoded.isUtf8()) {
            warnings.add("not UTF-8, read as " + decoded.charset().name());
        }
        if (!decoded.invalidBytes().isEmpty()) {
            warnings.add(invalidBytes(decoded));
        }
        return decoded.text();
    }

    /** "UTF-8 but for 2 bytes (at byte 1043, 2050), replaced by U+FFFD", naming at most the first few. */
    static String invalidBytes(TextDecoder.Decoded decoded) {
        List<Integer> at = decoded.invalidBytes();
        int shown = Math.min(at.size(), MAX_POSITIONS_SHOWN);
        String positions = at.subList(0, shown).stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (at.size() > shown ? ", …" : "");
        return decoded.charset().name() + " but for " + at.size() + (at.size() == 1 ? " byte" : " bytes")
                + " (at byte " + positions + "), replaced by U+FFFD";
    }

    /** One document that is not a feed: a page or a text gives one report, a corpus one per line. */
    private Stream<ReadResult> document(String name, String id, String text, ContentKind kind, ReportMeta known,
            List<String> warnings) throws IngestException {
        if (kind != ContentKind.JSONL && text.length() > MemoryLimits.maxDocumentBytes()) {
            return failed(name, MemoryLimits.tooLarge(text.length()));
        }
        List<String> dropped = new ArrayList<>();
        return switch (kind) {
            case TEXT -> one(name, webText.read(id, text, known, dropped), warnings, dropped);
            case HTML -> one(name, html.read(id, text, known.url, known, warnings, dropped), warnings, dropped);
            case JSONL -> jsonl.read(name, id, text).map(this::withFallbackDate);
            case FEED -> failed(name, "a feed linked from a feed is not followed");
        };
    }

    /** Each item's page, fetched as the stream is consumed; the item's title and date fill the page's gaps. */
    private Stream<ReadResult> feedItems(String xml, String feedUrl) throws IngestException {
        return feeds.items(xml, feedUrl, options.maxFeedItems()).stream().flatMap(item -> {
            try {
                UrlFetcher.Page page = fetcher.fetch(new URI(item.link()));
                List<String> warnings = new ArrayList<>();
                String text = decode(page.body(), page.charset(), warnings);
                ReportMeta known = new ReportMeta();
                known.title = item.title();
                known.published = item.published();
                known.url = page.uri().toString();
                return document(item.link(), idOf(page.uri()), text, ContentKind.sniff(page.kind(), text), known,
                        warnings);
            } catch (URISyntaxException e) {
                return failed(item.link(), "not a valid URL");
            } catch (IngestException e) {
                return failed(item.link(), e.getMessage());
            }
        });
    }

    private Stream<ReadResult> one(String name, Report report, List<String> warnings, List<String> dropped) {
        return Stream.of(withFallbackDate(ReadResult.of(name, report, warnings, dropped)));
    }

    /** A report with no date anywhere takes the user's date, if one was given; never today's. */
    private ReadResult withFallbackDate(ReadResult result) {
        Report r = result.report();
        if (r == null || r.referenceDate() != null || options.fallbackDate() == null) {
            return result;
        }
        return result.withReport(r.withPublished(options.fallbackDate()));
    }

    private static Stream<ReadResult> failed(String name, String problem) {
        return Stream.of(ReadResult.failed(name, problem));
    }

    /** A file's name without its extension. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A URL's last path segment without its extension, else its host. */
    static String idOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? String.valueOf(uri.getHost()) : stem(last);
    }
}
