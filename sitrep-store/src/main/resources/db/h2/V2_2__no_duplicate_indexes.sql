-- H2 only. H2 gives each foreign key an index of its own when none exists yet, so these three
-- duplicated one (event.report_id, event.incident_id, event_actor.event_id): each one more index
-- written on every commit, for nothing. PostgreSQL does not index foreign keys: it keeps them.
DROP INDEX event_report;
DROP INDEX event_incident;
DROP INDEX event_actor_event;
