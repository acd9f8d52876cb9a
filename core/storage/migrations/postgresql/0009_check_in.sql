-- Check-in (core/checkin). A passenger (an active booking line) is checked in while it has
-- a row in check_ins; its boarding sequence is unique per flight. Sequences come from one
-- counter row per flight, incremented under that row's lock in the check-in transaction,
-- so concurrent check-ins are numbered 1, 2, 3 ... without gaps or duplicates; an offload
-- deletes the check_ins row and its number is not given out again.
CREATE TABLE check_in_sequences (
    flight_id      bigint PRIMARY KEY REFERENCES flights ON DELETE CASCADE,
    last_sequence  integer NOT NULL DEFAULT 0 CHECK (last_sequence BETWEEN 0 AND 9999)
);

CREATE TABLE check_ins (
    line_id        bigint PRIMARY KEY REFERENCES booking_lines ON DELETE CASCADE,
    flight_id      bigint NOT NULL REFERENCES flights ON DELETE CASCADE,
    sequence       integer NOT NULL CHECK (sequence BETWEEN 1 AND 9999),
    checked_in_at  timestamptz NOT NULL DEFAULT now(),
    terminal       text NOT NULL,
    actor          text NOT NULL,
    UNIQUE (flight_id, sequence)
);

-- When check-in opens and closes, in minutes before departure, per airline ('' route) or
-- per route of an airline ('DUB-LHR', which wins). Without a row: 24 h and 45 min.
CREATE TABLE check_in_windows (
    carrier         text NOT NULL,
    route           text NOT NULL DEFAULT '',
    opens_minutes   integer NOT NULL CHECK (opens_minutes > 0),
    closes_minutes  integer NOT NULL CHECK (closes_minutes >= 0),
    PRIMARY KEY (carrier, route),
    CHECK (opens_minutes > closes_minutes)
);

-- Airline reference data of the boarding pass: the 3-digit IATA accounting (ticketing) code.
CREATE TABLE airlines (
    designator    text PRIMARY KEY CHECK (length(designator) BETWEEN 2 AND 3),
    numeric_code  text NOT NULL CHECK (numeric_code ~ '^[0-9]{3}$'),
    name          text NOT NULL
);

-- Failed check-in lookups are counted per terminal over the last minutes (rate limit).
CREATE INDEX access_events_terminal_action_idx ON access_events (terminal, action, at);
