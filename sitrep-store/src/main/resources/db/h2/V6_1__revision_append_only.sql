-- H2: the history refuses UPDATE and DELETE, through a trigger class of the store's.
CREATE TRIGGER revision_append_only BEFORE UPDATE, DELETE ON revision
    FOR EACH ROW CALL 'org.sitrep.store.review.AppendOnlyTrigger';
