-- Watching outlets: the list of sources is the user's file <data>/sources.tsv; the store keeps what
-- each poll found (so `source list`, the API and a restarted watcher all see it) and the items
-- already seen, so an unchanged item is neither fetched nor stored again.
CREATE TABLE watch_source (
    url            VARCHAR(4000) PRIMARY KEY,
    last_fetch     TIMESTAMP,
    last_success   TIMESTAMP,
    http_status    INTEGER,
    new_items      INTEGER       NOT NULL DEFAULT 0,
    total_items    BIGINT        NOT NULL DEFAULT 0,
    last_error     VARCHAR(1000),
    failures       INTEGER       NOT NULL DEFAULT 0,
    next_due       TIMESTAMP,
    etag           VARCHAR(1000),
    last_modified  VARCHAR(200)
);

-- One row per item a source listed: its address and a fingerprint of how the source described it
-- (a feed item's XML, a page link's text), and the hash of the report read from it.
CREATE TABLE watch_item (
    source_url    VARCHAR(4000) NOT NULL,
    item_url      VARCHAR(4000) NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    content_hash  VARCHAR(64),
    seen_at       TIMESTAMP     NOT NULL,
    PRIMARY KEY (source_url, item_url)
);
CREATE INDEX watch_item_content ON watch_item (source_url, content_hash);
