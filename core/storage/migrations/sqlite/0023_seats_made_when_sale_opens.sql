-- PostgreSQL's 0023 for the embedded database: a flight's seats are made when it opens for
-- sale (seats_opened_at, epoch milliseconds; NULL: not on sale yet), from the prices per
-- class of seat stored at import (flight_fares). Flights stored before have their seats.
ALTER TABLE flights ADD COLUMN seats_opened_at INTEGER;
UPDATE flights SET seats_opened_at = CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER);
CREATE INDEX flights_unopened_idx ON flights (departure_at) WHERE seats_opened_at IS NULL;

CREATE TABLE flight_fares (
    flight_id     INTEGER NOT NULL REFERENCES flights ON DELETE CASCADE,
    layout_key    TEXT NOT NULL,
    cabin         TEXT NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    extra_legroom INTEGER NOT NULL,
    price_minor   INTEGER NOT NULL CHECK (price_minor >= 0),
    currency      TEXT NOT NULL,
    PRIMARY KEY (flight_id, cabin, extra_legroom)
);
