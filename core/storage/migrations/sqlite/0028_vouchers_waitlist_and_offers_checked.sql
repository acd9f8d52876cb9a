-- PostgreSQL's migration 0028 moves a kiosk login's voucher uses, waitlist state changes and
-- offer take-ups into functions that check them, and records the login that made each
-- waitlist entry. SQLite has no logins (one process; the program's checks are the only
-- ones): the column stays NULL and keeps the schemas alike.

ALTER TABLE waitlist ADD COLUMN login TEXT;
