-- The same as PostgreSQL's 0009: check-in status, boarding sequences, check-in windows.
CREATE TABLE check_in_sequences (
    flight_id      INTEGER PRIMARY KEY REFERENCES flights ON DELETE CASCADE,
    last_sequence  INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence BETWEEN 0 AND 9999)
);

CREATE TABLE check_ins (
    line_id        INTEGER PRIMARY KEY REFERENCES booking_lines ON DELETE CASCADE,
    flight_id      INTEGER NOT NULL REFERENCES flights ON DELETE CASCADE,
    sequence       INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 9999),
    checked_in_at  INTEGER NOT NULL,
    terminal       TEXT NOT NULL,
    actor          TEXT NOT NULL,
    UNIQUE (flight_id, sequence)
);

CREATE TABLE check_in_windows (
    carrier         TEXT NOT NULL,
    route           TEXT NOT NULL DEFAULT '',
    opens_minutes   INTEGER NOT NULL CHECK (opens_minutes > 0),
    closes_minutes  INTEGER NOT NULL CHECK (closes_minutes >= 0),
    PRIMARY KEY (carrier, route),
    CHECK (opens_minutes > closes_minutes)
);

CREATE TABLE airlines (
    designator    TEXT PRIMARY KEY CHECK (length(designator) BETWEEN 2 AND 3),
    numeric_code  TEXT NOT NULL CHECK (numeric_code GLOB '[0-9][0-9][0-9]' ),
    name          TEXT NOT NULL,
    address       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX access_events_terminal_action_idx ON access_events (terminal, action, at);

-- Checked bags: the same as PostgreSQL's.
CREATE TABLE bag_tag_serials (
    carrier      TEXT PRIMARY KEY,
    last_serial  INTEGER NOT NULL DEFAULT 0 CHECK (last_serial BETWEEN 0 AND 999999)
);

CREATE TABLE bags (
    tag_number   TEXT PRIMARY KEY CHECK (length(tag_number) = 10 AND tag_number GLOB '0[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    line_id      INTEGER NOT NULL REFERENCES booking_lines ON DELETE CASCADE,
    flight_id    INTEGER NOT NULL REFERENCES flights ON DELETE CASCADE,
    tagged_at    INTEGER NOT NULL,
    terminal     TEXT NOT NULL,
    actor        TEXT NOT NULL
);
CREATE INDEX bags_line_idx ON bags (line_id);

CREATE TABLE bag_allowances (
    carrier   TEXT NOT NULL,
    cabin     TEXT NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    max_bags  INTEGER NOT NULL CHECK (max_bags BETWEEN 0 AND 9),
    PRIMARY KEY (carrier, cabin)
);
