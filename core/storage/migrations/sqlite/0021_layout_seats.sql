-- PostgreSQL's 0021 for the embedded database: a layout's seats stored once under a key
-- naming their content, copied into a batch of new flights by one INSERT ... SELECT.
CREATE TABLE layout_seats (
    layout_key    TEXT NOT NULL,
    position      INTEGER NOT NULL,
    code          TEXT NOT NULL,
    seat_row      INTEGER NOT NULL,
    letter        TEXT NOT NULL,
    cabin         TEXT NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    extra_legroom INTEGER NOT NULL,
    features      INTEGER NOT NULL,
    blocked       INTEGER NOT NULL,
    deck          INTEGER NOT NULL CHECK (deck IN (0, 1)),
    PRIMARY KEY (layout_key, code)
);
