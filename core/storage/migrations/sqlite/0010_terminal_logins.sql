-- PostgreSQL's migration 0010 gives each class of terminal its own database login and
-- lets the database check staff sessions. SQLite (the single-machine demo) has no logins:
-- whoever can open the file can change anything, so only the audit columns are kept alike.
ALTER TABLE access_events ADD COLUMN login text NOT NULL DEFAULT '';
ALTER TABLE booking_events ADD COLUMN login text NOT NULL DEFAULT '';
