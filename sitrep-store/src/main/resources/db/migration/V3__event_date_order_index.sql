-- Events are listed by date (undated last), then report and text order: the date index carries the
-- whole order, so a page of events is read in the index's order instead of sorting every event.
DROP INDEX event_date;
CREATE INDEX event_date ON event (event_date, report_id, seq);
