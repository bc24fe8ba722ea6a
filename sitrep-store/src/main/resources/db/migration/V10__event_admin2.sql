-- The place's second-level area (district, mintaqa) beside its governorate, for the admin2 filter:
-- the name as the gazetteer gives it and its key (lower case, no accents or punctuation). The same
-- statements on H2 and PostgreSQL. Events stored before this migration get theirs from their JSON
-- (V10_1, a Java migration: the JSON functions of the two databases differ).
ALTER TABLE event ADD COLUMN admin2 VARCHAR(1000);
ALTER TABLE event ADD COLUMN admin2_key VARCHAR(1000);
CREATE INDEX event_admin2 ON event (admin2_key);
