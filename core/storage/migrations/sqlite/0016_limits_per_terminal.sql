-- Limits per terminal, as in PostgreSQL's migration 0016: how many unpaid holds a terminal
-- may have at once and how many holds it may place per minute, per role (NULL: no limit),
-- and the one extension of a hold after a declined payment. SeatHolder counts inside its
-- write transaction, which SQLite runs one at a time. (Terminal logins and their rights
-- exist on PostgreSQL only.)

CREATE TABLE hold_limits (
    role                      TEXT PRIMARY KEY CHECK (role IN ('kiosk', 'agent', 'supervisor', 'admin')),
    max_unpaid_holds          INTEGER CHECK (max_unpaid_holds > 0),
    max_holds_per_minute      INTEGER CHECK (max_holds_per_minute > 0),
    decline_extension_seconds INTEGER NOT NULL CHECK (decline_extension_seconds BETWEEN 0 AND 3600)
);
INSERT INTO hold_limits (role, max_unpaid_holds, max_holds_per_minute, decline_extension_seconds) VALUES
    ('kiosk', 2, 10, 300),
    ('agent', 10, 60, 300),
    ('supervisor', 20, 120, 300),
    ('admin', NULL, NULL, 300);

ALTER TABLE bookings ADD COLUMN hold_extended INTEGER NOT NULL DEFAULT FALSE;
CREATE INDEX bookings_terminal_unpaid_idx ON bookings (terminal) WHERE state IN ('SEAT_HELD', 'PAYMENT_PENDING');
CREATE INDEX bookings_terminal_created_idx ON bookings (terminal, created_at);
