-- PostgreSQL's 0033 for the embedded database: the kiosk's calls for help and who answered.
CREATE TABLE staff_calls (
    id          INTEGER PRIMARY KEY,
    terminal    TEXT NOT NULL CHECK (length(terminal) BETWEEN 1 AND 64),
    screen      TEXT NOT NULL CHECK (length(screen) <= 64),
    reference   TEXT CHECK (length(reference) <= 16),
    called_at   INTEGER NOT NULL DEFAULT (CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
    answered_at INTEGER,
    answered_by TEXT CHECK (length(answered_by) <= 64),
    CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);
CREATE UNIQUE INDEX staff_calls_one_open_per_terminal ON staff_calls (terminal) WHERE answered_at IS NULL;
