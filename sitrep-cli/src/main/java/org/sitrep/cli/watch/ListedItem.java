package org.sitrep.cli.watch;

import java.net.URI;
import java.time.LocalDate;

/** An article a source lists: its address, the listing's title and date, and a fingerprint of the listing. */
record ListedItem(URI uri, String title, LocalDate published, String fingerprint) {
    /** A page's links carry no description to compare: a link seen once is not fetched again. */
    static final String LINK = "link";
}
