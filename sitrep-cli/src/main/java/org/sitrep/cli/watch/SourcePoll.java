package org.sitrep.cli.watch;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.cli.BatchIngest;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.FeedReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.ReportReader;
import org.sitrep.ingest.watch.ArticleLinks;
import org.sitrep.ingest.watch.FetchException;
import org.sitrep.ingest.watch.Fetched;
import org.sitrep.ingest.watch.PoliteFetcher;
import org.sitrep.ingest.watch.WatchedIds;
import org.sitrep.store.Store;
import org.sitrep.store.watch.Source;
import org.sitrep.store.watch.SourceKind;
import org.sitrep.store.watch.SourceState;

/**
 * One poll of one source: fetch its listing conditionally, fetch the items not seen as they are now,
 * drop those whose content this source already gave under another address, store the rest through
 * the ingest path ({@link BatchIngest}), and say what happened in the source's state. Any failure of
 * the listing becomes the source's last error, and its next poll waits longer.
 */
final class SourcePoll {
    /** Items fetched per poll at most: a feed of thousands is read over several polls. */
    static final int MAX_ITEMS_PER_POLL = 50;

    /** What one poll did, for the log. */
    record Result(SourceState state, BatchIngest.Summary summary, int itemErrors) {
    }

    private final Store store;
    private final Extractor extractor;
    private final ReportReader reader;
    private final PoliteFetcher fetcher;
    private final PrintWriter err;

    SourcePoll(Store store, Extractor extractor, ReportReader reader, PoliteFetcher fetcher, PrintWriter err) {
        this.store = store;
        this.extractor = extractor;
        this.reader = reader;
        this.fetcher = fetcher;
        this.err = err;
    }

    Result poll(Source source) throws InterruptedException {
        SourceState before = store.watch().state(source.url());
        Instant now = Instant.now();
        Fetched listing;
        List<ListedItem> items;
        try {
            listing = fetcher.fetch(URI.create(source.url()), before.etag(), before.lastModified());
            items = listing.notModified() ? List.of() : items(source, listing);
        } catch (FetchException e) {
            return failed(source, before, now, e.status(), e.getMessage());
        } catch (IngestException e) {
            return failed(source, before, now, 200, e.getMessage());
        }
        List<ReadResult> read = new ArrayList<>();
        Map<String, ListedItem> byId = new LinkedHashMap<>();
        int itemErrors = 0;
        String firstItemError = null;
        for (ListedItem item : items) {
            Optional<String> seen = store.watch().fingerprint(source.url(), item.uri().toString());
            if (seen.isPresent() && seen.get().equals(item.fingerprint())) {
                continue;
            }
            if (byId.size() >= MAX_ITEMS_PER_POLL) {
                break;
            }
            ReadResult r = fetchItem(item);
            if (!r.ok()) {
                itemErrors++;
                firstItemError = firstItemError == null ? r.describeProblem() : firstItemError;
                continue;
            }
            String hash = textHash(r.report().body());
            Optional<String> sameContent = store.watch().itemWithContent(source.url(), hash);
            if (sameContent.isPresent() && !sameContent.get().equals(item.uri().toString())) {
                // the same text under a new address (a feed re-listing its items): stored once
                store.watch().seen(source.url(), item.uri().toString(), item.fingerprint(), hash);
                continue;
            }
            byId.put(r.report().id(), item);
            read.add(r);
        }
        BatchIngest.Summary summary = new BatchIngest(store, extractor, err).ingest(read.stream());
        for (ReadResult r : read) {
            ListedItem item = byId.get(r.report().id());
            store.watch().seen(source.url(), item.uri().toString(), item.fingerprint(),
                    textHash(r.report().body()));
        }
        int fresh = summary.added() + summary.relays() + summary.replaced();
        String error = itemErrors == 0 ? null
                : itemErrors + (itemErrors == 1 ? " item" : " items") + " not read: " + firstItemError;
        SourceState after = new SourceState(source.url(), now, now, listing.status(), fresh,
                before.totalItems() + fresh, error, 0, Backoff.nextDue(now, source.every(), 0), listing.etag(),
                listing.lastModified());
        store.watch().save(after);
        return new Result(after, summary, itemErrors);
    }

    /**
     * The article's text, white space runs as one space: a feed that lists the same article again
     * under a new address and a new date has the same text (the store's own hash counts the date).
     */
    static String textHash(String body) {
        String text = body.replaceAll("\\s+", " ").strip();
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private List<ListedItem> items(Source source, Fetched listing) throws IngestException {
        String text = new String(listing.body(), StandardCharsets.UTF_8);
        List<ListedItem> items = new ArrayList<>();
        if (source.kind() == SourceKind.FEED) {
            if (FeedXml.wellFormedWithoutItems(text)) {
                return items; // a feed with nothing in it yet
            }
            for (FeedReader.Item i : new FeedReader().items(text, listing.uri().toString(), 1000)) {
                try {
                    items.add(new ListedItem(new URI(i.link()), i.title(), i.published(), i.fingerprint()));
                } catch (URISyntaxException e) {
                    // an item without a usable address cannot be fetched; the others can
                }
            }
        } else {
            for (URI link : ArticleLinks.of(text, listing.uri(), 1000)) {
                items.add(new ListedItem(link, null, null, ListedItem.LINK));
            }
        }
        return items;
    }

    private ReadResult fetchItem(ListedItem item) throws InterruptedException {
        try {
            Fetched page = fetcher.fetch(item.uri(), null, null);
            return reader.readFetched(WatchedIds.of(page.uri()), page.uri(), page.body(), page.contentType(),
                    item.title(), item.published());
        } catch (FetchException e) {
            return ReadResult.failed(item.uri().toString(), e.getMessage());
        }
    }

    private Result failed(Source source, SourceState before, Instant now, Integer status, String error) {
        int failures = before.failures() + 1;
        SourceState after = new SourceState(source.url(), now, before.lastSuccess(), status, 0, before.totalItems(),
                error, failures, Backoff.nextDue(now, source.every(), failures), before.etag(), before.lastModified());
        store.watch().save(after);
        return new Result(after, null, 0);
    }
}
