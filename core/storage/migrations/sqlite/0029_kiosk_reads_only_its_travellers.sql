-- PostgreSQL's migration 0029 lets a kiosk's login read travellers' names and contacts only
-- of its own bookings and of those a traveller proves (column grants and read functions).
-- SQLite has no logins (one process; the program's checks are the only ones): nothing to
-- change here but the schema version, which keeps both databases at the same number.
SELECT 1;
