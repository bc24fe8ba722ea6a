-- H2 only. H2 writes an identity's next values to disk, as a commit of their own, every CACHE
-- values (32 by default): with one fsync'd commit per report that was as many commits again as
-- the reports themselves. H2's cache is one for the whole database, so ids stay in the order they
-- are given (PostgreSQL caches per session, which would not: it keeps its default).
ALTER TABLE event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE incident ALTER COLUMN id SET CACHE 1000;
