-- The same as PostgreSQL's 0004: users, the access log, passenger-name search keys.

CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE CHECK (name = lower(name) AND length(name) BETWEEN 2 AND 32),
    role             TEXT NOT NULL CHECK (role IN ('kiosk', 'agent', 'supervisor', 'admin')),
    password_hash    TEXT NOT NULL,
    disabled         INTEGER NOT NULL DEFAULT FALSE,
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     INTEGER,
    last_sign_in_at  INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE access_events (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    terminal  TEXT NOT NULL,
    actor     TEXT NOT NULL,
    role      TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL DEFAULT '',
    outcome   TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_events_at_idx ON access_events (at);
CREATE INDEX access_events_target_idx ON access_events (target, id);

-- SQLite compares text bytewise (BINARY), so a prefix is a contiguous index range.
ALTER TABLE booking_lines ADD COLUMN search_key TEXT;
ALTER TABLE booking_lines ADD COLUMN surname_key TEXT;
CREATE INDEX booking_lines_search_key_idx ON booking_lines (search_key);
CREATE INDEX booking_lines_surname_key_idx ON booking_lines (surname_key);

-- Reports select bookings by the day they were made.
CREATE INDEX bookings_created_idx ON bookings (created_at);
