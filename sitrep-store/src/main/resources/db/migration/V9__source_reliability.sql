-- Source reliability, kept up to date at ingest rather than computed per request.

-- What one incident says about one source that tells it (or denies it): whether an independent
-- source corroborates it, whether a conflicting claim outweighs it, and so on. An ingest recomputes
-- the rows of the incidents it touched and adds the difference to source_tally.
CREATE TABLE source_claim (
    incident_id      BIGINT        NOT NULL,
    source_key       VARCHAR(1000) NOT NULL,
    source_name      VARCHAR(1000),
    period           VARCHAR(16)   NOT NULL,  -- the incident's month (YYYY-MM), or 'undated'
    denial           INTEGER       NOT NULL,
    corroborated     INTEGER       NOT NULL,
    contradicted     INTEGER       NOT NULL,
    reversed         INTEGER       NOT NULL,
    unconfirmed      INTEGER       NOT NULL,
    against_interest INTEGER       NOT NULL,
    own_gain         INTEGER       NOT NULL,
    confirmed        INTEGER       NOT NULL,  -- analysts confirmed (or corrected) what it said
    rejected         INTEGER       NOT NULL,  -- analysts rejected what it said
    weight_for       DOUBLE PRECISION NOT NULL,
    weight_against   DOUBLE PRECISION NOT NULL,
    place_key        VARCHAR(1200),           -- a change of control's place and days: when the
    window_start     DATE,                    -- incident is gone, its neighbours' evidence is
    window_end       DATE,                    -- recomputed from these
    PRIMARY KEY (incident_id, source_key)
);

-- The sums of source_claim per source and month.
CREATE TABLE source_tally (
    source_key       VARCHAR(1000) NOT NULL,
    period           VARCHAR(16)   NOT NULL,
    source_name      VARCHAR(1000),
    claims           INTEGER       NOT NULL,
    denials          INTEGER       NOT NULL,
    corroborated     INTEGER       NOT NULL,
    contradicted     INTEGER       NOT NULL,
    reversed         INTEGER       NOT NULL,
    unconfirmed      INTEGER       NOT NULL,
    against_interest INTEGER       NOT NULL,
    own_gains        INTEGER       NOT NULL,
    confirmed        INTEGER       NOT NULL,
    rejected         INTEGER       NOT NULL,
    weight_for       DOUBLE PRECISION NOT NULL,
    weight_against   DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (source_key, period)
);
