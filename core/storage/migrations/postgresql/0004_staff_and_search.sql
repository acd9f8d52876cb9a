-- The agent workstation: staff and terminal identities, the access log (sign-ins, user
-- changes, refused actions), and the passenger-name search keys of the booking lookup.

CREATE TABLE users (
    id               bigserial PRIMARY KEY,
    name             text NOT NULL UNIQUE CHECK (name = lower(name) AND length(name) BETWEEN 2 AND 32),
    role             text NOT NULL CHECK (role IN ('kiosk', 'agent', 'supervisor', 'admin')),
    password_hash    text NOT NULL,
    disabled         boolean NOT NULL DEFAULT false,
    failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     timestamptz,
    last_sign_in_at  timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Who did (or tried) what outside a booking's own state changes: sign-ins, sign-outs,
-- user administration, and every action refused for a role.
CREATE TABLE access_events (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    terminal  text NOT NULL,
    actor     text NOT NULL,
    role      text NOT NULL,
    action    text NOT NULL,
    target    text NOT NULL DEFAULT '',
    outcome   text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
    detail    text NOT NULL DEFAULT ''
);
CREATE INDEX access_events_at_idx ON access_events (at);
CREATE INDEX access_events_target_idx ON access_events (target, id);

-- Case-, accent- and apostrophe-free forms of the passenger name (PassengerName::searchKey),
-- filled by the program; the C collation makes a prefix a contiguous index range.
ALTER TABLE booking_lines ADD COLUMN search_key text COLLATE "C";
ALTER TABLE booking_lines ADD COLUMN surname_key text COLLATE "C";
CREATE INDEX booking_lines_search_key_idx ON booking_lines (search_key);
CREATE INDEX booking_lines_surname_key_idx ON booking_lines (surname_key);

-- Reports select bookings by the day they were made.
CREATE INDEX bookings_created_idx ON bookings (created_at);
