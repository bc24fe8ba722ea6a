-- Indexes for ingest: every index is written on each report's commit (on H2, each page an
-- insert touches is written again), so keep the ones a query uses, and make merging's look-up
-- read only the index.

-- Merging looks for the incidents of an event's type and place whose window overlaps the event's:
-- both window columns in the index, so incidents that do not overlap are skipped without reading
-- their rows.
DROP INDEX incident_match;
CREATE INDEX incident_match ON incident (event_type, place_key, window_end, window_start);

-- No plan used these: the type filter compares LOWER(event_type), and the place and source filters
-- are an OR with a column that has no index (place_name_key or mention_key, source_key or
-- outlet_key), which neither database answers from one index.
DROP INDEX event_type;
DROP INDEX event_place_name;
DROP INDEX event_source;

-- The control timeline reads the changes of control in id order, and one place's by place_key
-- (event_place): the territorial flag alone is enough, and new events go at the end of it rather
-- than all over it.
DROP INDEX event_territorial;
CREATE INDEX event_territorial ON event (territorial);
