-- Live seat updates on SQLite need no schema: terminals on one file notice each other's
-- commits through PRAGMA data_version (see ChangeListener). The step exists so both
-- dialects share one schema version.
SELECT 1;
