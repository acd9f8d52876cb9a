-- PostgreSQL's migration 0030: a blocked seat says why and who may still sell it (NULL
-- nobody, 'desk' agents at the desk). SQLite has no logins: SeatHolder and SeatBlocker keep
-- the rule in the program; the columns keep the schemas alike.

ALTER TABLE seats ADD COLUMN block_channel TEXT;
ALTER TABLE seats ADD COLUMN block_reason TEXT;
