-- A flight's seats are made when it opens for sale, not when it is imported (issue 13: a
-- season of 50,000 legs is 8.7 million seat rows, and inserting them with their foreign key
-- took most of two minutes). An import stores per flight the price of each class of seat of
-- its layout (a few rows); opening the flight copies layout_seats priced by these rows into
-- `seats` with one INSERT ... SELECT and sets seats_opened_at. NULL: not on sale yet, no
-- seats. Flights stored before this migration have their seats: they count as opened.
ALTER TABLE flights ADD COLUMN seats_opened_at timestamptz;
UPDATE flights SET seats_opened_at = now();
-- What the opener looks for: the flights still without seats, by departure.
CREATE INDEX flights_unopened_idx ON flights (departure_at) WHERE seats_opened_at IS NULL;

CREATE TABLE flight_fares (
    flight_id     bigint NOT NULL REFERENCES flights ON DELETE CASCADE,
    layout_key    text NOT NULL,
    cabin         char(1) NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    extra_legroom boolean NOT NULL,
    price_minor   bigint NOT NULL CHECK (price_minor >= 0),
    currency      char(3) NOT NULL,
    PRIMARY KEY (flight_id, cabin, extra_legroom)
);

-- Imports and the opener (operations) write fares; the desk and kiosks read a flight's own
-- seats, never the fares they were made from.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('flight_fares', NULL, NULL, 'SELECT, INSERT, UPDATE, DELETE');
