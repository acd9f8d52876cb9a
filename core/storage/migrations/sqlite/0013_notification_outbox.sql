-- PostgreSQL's 0013 for the embedded database: contact details on bookings, the outbox and
-- the trigger that writes a row in the same transaction as the booking's change. One
-- dispatcher at a time on SQLite (the file has one writer; docs/operations.md).
ALTER TABLE bookings ADD COLUMN contact_email TEXT CHECK (length(contact_email) <= 254);
ALTER TABLE bookings ADD COLUMN contact_phone TEXT CHECK (length(contact_phone) <= 32);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded')),
    booking_id      INTEGER REFERENCES bookings ON DELETE CASCADE,
    reference       TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    details         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    last_error      TEXT,
    sent_at         INTEGER,
    message_id      TEXT
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_booking_idx ON outbox (booking_id);

CREATE TRIGGER bookings_queue_notice
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN OLD.state IS NOT NEW.state
                  AND NEW.state IN ('CONFIRMED', 'CANCELLED', 'REFUNDED')
                  AND NEW.contact_email IS NOT NULL
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details, created_at, next_attempt_at)
    SELECT 'booking_' || lower(NEW.state), NEW.id, NEW.reference, NEW.contact_email,
           json_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', f.departure_at,
               'time_zone', a.time_zone,
               'total_minor', NEW.total_minor, 'currency', NEW.currency,
               'passengers', json((SELECT json_group_array(json_object('name', p.passenger_name, 'seat', p.code))
                                     FROM (SELECT l.passenger_name, s.code
                                             FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                            WHERE l.booking_id = NEW.id AND l.active AND NEW.state = 'CONFIRMED'
                                            ORDER BY s.code) p))),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
      FROM flights f JOIN airports a ON a.iata = f.origin
     WHERE f.id = NEW.flight_id;
END;
