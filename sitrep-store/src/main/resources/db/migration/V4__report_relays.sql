-- A report whose text and date equal a stored one's but that came under another id (another outlet
-- republishing it, or the same page saved twice) is stored too, as another source's telling of it:
-- relay_of names the report stored first with that content. Its events count as claims of its
-- outlet, but not as independent corroboration of the first report's.
ALTER TABLE report ADD COLUMN relay_of VARCHAR(512);
CREATE INDEX report_relay_of ON report (relay_of);
