-- PostgreSQL's 0032 for the embedded database: seat surcharges per airline ('' route) or
-- route, and the part of each seat's price they make (core/domain/SeatPricing computes it).
CREATE TABLE seat_surcharges (
    carrier        TEXT NOT NULL,
    route          TEXT NOT NULL DEFAULT '',
    characteristic TEXT NOT NULL
                   CHECK (characteristic IN ('extra_legroom', 'exit_row', 'front_rows', 'window', 'aisle')),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency       TEXT NOT NULL,
    PRIMARY KEY (carrier, route, characteristic)
);

ALTER TABLE seats ADD COLUMN surcharge_minor INTEGER NOT NULL DEFAULT 0 CHECK (surcharge_minor >= 0);
