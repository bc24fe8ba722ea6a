-- Keeping source reliability up to date at ingest reads the changes of control at a place within a
-- few weeks of each one the report touched (ReliabilityUpdater.readPlace). Through the place index
-- alone that read every event ever stored at the place, row by row, on every such report (9 % of the
-- ingest on H2, growing with the place's history). With the flag and days in the index, the read is
-- one range of it and never touches the rows; queries by place alone use it as before.
DROP INDEX event_place;
CREATE INDEX event_place ON event (place_key, territorial, window_end, window_start, incident_id);
