-- The server asks for the store's fingerprint (StoreStamp) once a second, and its MAX(ingested_at)
-- read every report's row, bodies included, to find it: at a million events (20,000 reports) that
-- was about a quarter of the API's CPU time (JFR). With this index the maximum is one look-up.
CREATE INDEX report_ingested_at ON report (ingested_at);
