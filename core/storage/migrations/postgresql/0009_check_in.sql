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

-- Airline reference data: the 3-digit IATA accounting (ticketing) code of boarding passes and
-- bag tags, the name and address receipts print.
CREATE TABLE airlines (
    designator    text PRIMARY KEY CHECK (length(designator) BETWEEN 2 AND 3),
    numeric_code  text NOT NULL CHECK (numeric_code ~ '^[0-9]{3}$'),
    name          text NOT NULL,
    address       text NOT NULL DEFAULT ''  -- printed on receipts, lines separated by newlines
);

-- Failed check-in lookups are counted per terminal over the last minutes (rate limit).
CREATE INDEX access_events_terminal_action_idx ON access_events (terminal, action, at);

-- Checked bags (core/checkin/BagTagger). A bag's licence plate is the 10-digit IATA bag tag
-- number: '0', the airline's 3-digit numeric code, a 6-digit serial. Serials come from one
-- counter row per airline, incremented under its lock like the boarding numbers.
CREATE TABLE bag_tag_serials (
    carrier      text PRIMARY KEY,
    last_serial  integer NOT NULL DEFAULT 0 CHECK (last_serial BETWEEN 0 AND 999999)
);

CREATE TABLE bags (
    tag_number   text PRIMARY KEY CHECK (tag_number ~ '^0[0-9]{9}$'),
    line_id      bigint NOT NULL REFERENCES booking_lines ON DELETE CASCADE,
    flight_id    bigint NOT NULL REFERENCES flights ON DELETE CASCADE,
    tagged_at    timestamptz NOT NULL DEFAULT now(),
    terminal     text NOT NULL,
    actor        text NOT NULL
);
CREATE INDEX bags_line_idx ON bags (line_id);

-- How many checked bags a passenger may declare, per airline and cabin ('Y', 'J', ...).
-- Without a row: 2 in first and business, 1 otherwise.
CREATE TABLE bag_allowances (
    carrier   text NOT NULL,
    cabin     text NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    max_bags  integer NOT NULL CHECK (max_bags BETWEEN 0 AND 9),
    PRIMARY KEY (carrier, cabin)
);
