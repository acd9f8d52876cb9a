-- The same as PostgreSQL's 0008. SQLite cannot drop a table constraint, so flights is
-- rebuilt (the Migrator runs SQLite steps with foreign keys off and checks them before
-- committing, as SQLite's documentation prescribes for such changes).
CREATE TABLE flights_new (
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
    status          TEXT NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    source          TEXT NOT NULL DEFAULT 'demo',
    iata_aircraft   TEXT,
    configuration   TEXT,
    layout_generated INTEGER NOT NULL DEFAULT FALSE,
    UNIQUE (carrier, number, departure_date, origin),
    CHECK (arrival_at > departure_at),
    CHECK (origin <> destination)
);
INSERT INTO flights_new (id, carrier, number, departure_date, origin, destination, departure_at, arrival_at,
                         aircraft, currency)
    SELECT id, carrier, number, departure_date, origin, destination, departure_at, arrival_at, aircraft, currency
    FROM flights;
DROP TABLE flights;
ALTER TABLE flights_new RENAME TO flights;
CREATE INDEX flights_origin_departure_idx ON flights (origin, departure_at);
CREATE INDEX flights_departure_idx ON flights (departure_at);
CREATE INDEX flights_source_date_idx ON flights (source, departure_date);

CREATE TABLE disruptions (
    id              INTEGER PRIMARY KEY,
    booking_id      INTEGER NOT NULL REFERENCES bookings,
    flight_id       INTEGER NOT NULL REFERENCES flights,
    kind            TEXT NOT NULL CHECK (kind IN ('CANCELLED', 'RETIMED', 'SEAT_MOVED', 'NO_SEAT')),
    detail          TEXT NOT NULL,
    passenger_name  TEXT,
    old_seat        TEXT,
    new_seat        TEXT,
    source          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    handled_at      INTEGER,
    handled_by      TEXT,
    handled_note    TEXT
);
CREATE INDEX disruptions_flight_idx ON disruptions (flight_id, id);
CREATE INDEX disruptions_open_idx ON disruptions (id) WHERE handled_at IS NULL;

CREATE TABLE feed_sources (
    source      TEXT PRIMARY KEY,
    url         TEXT NOT NULL,
    etag        TEXT,
    fetched_at  INTEGER NOT NULL
);
