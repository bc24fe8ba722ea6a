-- PostgreSQL: the history refuses UPDATE and DELETE (and TRUNCATE), whoever asks.
CREATE FUNCTION sitrep_revision_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'revision is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER revision_append_only BEFORE UPDATE OR DELETE ON revision
    FOR EACH ROW EXECUTE FUNCTION sitrep_revision_append_only();
CREATE TRIGGER revision_no_truncate BEFORE TRUNCATE ON revision
    FOR EACH STATEMENT EXECUTE FUNCTION sitrep_revision_append_only();
