-- PostgreSQL's migration 0027 stamps each booking with the database login that made it, so a
-- kiosk login acts only on its own bookings and its hold limits count per login. SQLite has
-- no logins (one process, the program's checks are the only ones): the column stays NULL and
-- the limits still count per terminal name; the column and indexes keep the schemas alike.

ALTER TABLE bookings ADD COLUMN login TEXT;
CREATE INDEX bookings_login_unpaid_idx ON bookings (login) WHERE state IN ('SEAT_HELD', 'PAYMENT_PENDING');
CREATE INDEX bookings_login_created_idx ON bookings (login, created_at);
