-- The same schema as PostgreSQL's 0001 for the embedded demo database. Timestamps are
-- integer milliseconds since the Unix epoch (UTC); booleans are TRUE/FALSE integers.

CREATE TABLE airports (
    iata        TEXT PRIMARY KEY CHECK (length(iata) = 3),
    city        TEXT NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT NOT NULL,
    time_zone   TEXT NOT NULL
);

CREATE TABLE flights (
    id              INTEGER PRIMARY KEY,
    carrier         TEXT NOT NULL CHECK (length(carrier) = 2),
    number          INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
    departure_date  TEXT NOT NULL,
    origin          TEXT NOT NULL REFERENCES airports,
    destination     TEXT NOT NULL REFERENCES airports,
    departure_at    INTEGER NOT NULL,
    arrival_at      INTEGER NOT NULL,
    aircraft        TEXT NOT NULL,
    currency        TEXT NOT NULL,
    UNIQUE (carrier, number, departure_date),
    CHECK (arrival_at > departure_at),
    CHECK (origin <> destination)
);
CREATE INDEX flights_origin_departure_idx ON flights (origin, departure_at);
CREATE INDEX flights_departure_idx ON flights (departure_at);

CREATE TABLE seats (
    id          INTEGER PRIMARY KEY,
    flight_id   INTEGER NOT NULL REFERENCES flights ON DELETE CASCADE,
    code        TEXT NOT NULL,
    seat_row    INTEGER NOT NULL,
    letter      TEXT NOT NULL,
    cabin       TEXT NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    features    INTEGER NOT NULL DEFAULT 0,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency    TEXT NOT NULL,
    blocked     INTEGER NOT NULL DEFAULT FALSE,
    deck        INTEGER NOT NULL DEFAULT 0 CHECK (deck IN (0, 1)),
    UNIQUE (flight_id, code)
);

CREATE TABLE bookings (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE CHECK (length(reference) = 6),
    flight_id       INTEGER NOT NULL REFERENCES flights,
    state           TEXT NOT NULL CHECK (state IN ('INITIATED', 'SEAT_HELD', 'PAYMENT_PENDING',
                        'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    hold_deadline   INTEGER,
    total_minor     INTEGER NOT NULL CHECK (total_minor >= 0),
    currency        TEXT NOT NULL,
    idempotency_key TEXT UNIQUE,
    terminal        TEXT NOT NULL,
    actor           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX bookings_flight_idx ON bookings (flight_id);
CREATE INDEX bookings_live_hold_deadline_idx ON bookings (hold_deadline) WHERE state = 'SEAT_HELD';

CREATE TABLE booking_lines (
    id              INTEGER PRIMARY KEY,
    booking_id      INTEGER NOT NULL REFERENCES bookings ON DELETE CASCADE,
    seat_id         INTEGER NOT NULL REFERENCES seats,
    passenger_name  TEXT NOT NULL,
    price_minor     INTEGER NOT NULL CHECK (price_minor >= 0),
    active          INTEGER NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX booking_lines_one_active_per_seat ON booking_lines (seat_id) WHERE active;
CREATE INDEX booking_lines_booking_idx ON booking_lines (booking_id);

CREATE TABLE payments (
    id                INTEGER PRIMARY KEY,
    booking_id        INTEGER NOT NULL REFERENCES bookings,
    idempotency_key   TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL CHECK (status IN ('PENDING', 'AUTHORIZED', 'DECLINED',
                          'CAPTURED', 'VOIDED', 'REFUNDED')),
    amount_minor      INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency          TEXT NOT NULL,
    captured_minor    INTEGER NOT NULL DEFAULT 0,
    refunded_minor    INTEGER NOT NULL DEFAULT 0 CHECK (refunded_minor <= captured_minor),
    gateway_reference TEXT,
    card_brand        TEXT,
    card_last4        TEXT,
    decline_reason    TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX payments_booking_idx ON payments (booking_id);

CREATE TABLE booking_events (
    id          INTEGER PRIMARY KEY,
    booking_id  INTEGER NOT NULL REFERENCES bookings ON DELETE CASCADE,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    at          INTEGER NOT NULL,
    terminal    TEXT NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, id);
