-- PostgreSQL only: a PostGIS point beside latitude/longitude, kept in step by a trigger, for GIS
-- tools (QGIS, ST_* queries). Skipped with a notice where PostGIS is missing or may not be
-- created by this user: Sitrep's own queries use latitude/longitude and work either way.
DO $$
DECLARE
    gis_schema TEXT;
BEGIN
    SELECT n.nspname INTO gis_schema
      FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
     WHERE x.extname = 'postgis';
    IF gis_schema IS NULL THEN
        BEGIN
            CREATE EXTENSION postgis SCHEMA public;
            gis_schema := 'public';
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'PostGIS not available (%): no geometry column', SQLERRM;
            RETURN;
        END;
    END IF;
    EXECUTE format('ALTER TABLE event ADD COLUMN geom %I.geometry(Point, 4326)', gis_schema);
    EXECUTE format('ALTER TABLE incident ADD COLUMN geom %I.geometry(Point, 4326)', gis_schema);
    EXECUTE 'CREATE INDEX event_geom ON event USING gist (geom)';
    EXECUTE 'CREATE INDEX incident_geom ON incident USING gist (geom)';
    EXECUTE format($f$
        CREATE FUNCTION sitrep_set_geom() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF NEW.latitude IS NULL OR NEW.longitude IS NULL THEN
                NEW.geom := NULL;
            ELSE
                NEW.geom := %1$I.ST_SetSRID(%1$I.ST_MakePoint(NEW.longitude, NEW.latitude), 4326);
            END IF;
            RETURN NEW;
        END
        $body$ $f$, gis_schema);
    EXECUTE 'CREATE TRIGGER event_geom BEFORE INSERT OR UPDATE ON event FOR EACH ROW EXECUTE FUNCTION sitrep_set_geom()';
    EXECUTE 'CREATE TRIGGER incident_geom BEFORE INSERT OR UPDATE ON incident FOR EACH ROW EXECUTE FUNCTION sitrep_set_geom()';
END
$$;
