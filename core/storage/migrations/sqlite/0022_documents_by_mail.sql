-- PostgreSQL's 0022 for the embedded database: documents e-mailed on request, to the
-- booking's stored address only.
CREATE TABLE document_requests (
    id           INTEGER PRIMARY KEY,
    booking_id   INTEGER NOT NULL REFERENCES bookings ON DELETE CASCADE,
    document     TEXT NOT NULL CHECK (document IN ('receipt', 'boarding_pass')),
    seats        TEXT NOT NULL DEFAULT '',
    requested_at INTEGER NOT NULL DEFAULT (CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
    terminal     TEXT NOT NULL,
    actor        TEXT NOT NULL
);
CREATE INDEX document_requests_booking_idx ON document_requests (booking_id, document, requested_at);

-- The outbox is rebuilt for its new kind (SQLite cannot change a CHECK). Unlike 0018 and
-- 0020, the triggers that write into it stay as they are, whoever last changed them: with
-- legacy_alter_table the rename neither checks nor rewrites them, and they name the table
-- "outbox", which it is again after the rename.
PRAGMA legacy_alter_table = ON;
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded', 'waitlist_offer',
                                                  'booking_checked_in', 'flight_disrupted', 'documents_requested')),
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
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_booking_idx ON outbox (booking_id);

CREATE TRIGGER document_requests_queue_mail
    AFTER INSERT ON document_requests
    FOR EACH ROW
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details, created_at, next_attempt_at)
    SELECT 'documents_requested', b.id, b.reference, b.contact_email,
           json_object(
               'document', NEW.document,
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', f.departure_at,
               'time_zone', a.time_zone,
               'passengers', json((SELECT json_group_array(json_object('name', p.passenger_name, 'seat', p.code,
                                                                       'sequence', p.sequence))
                                     FROM (SELECT l.passenger_name, s.code, c.sequence
                                             FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                             LEFT JOIN check_ins c ON c.line_id = l.id
                                            WHERE l.booking_id = b.id AND l.active
                                              AND (NEW.document = 'receipt'
                                                   OR (c.line_id IS NOT NULL
                                                       AND (',' || NEW.seats || ',') LIKE ('%,' || s.code || ',%')))
                                            ORDER BY s.code) p))),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
      FROM bookings b JOIN flights f ON f.id = b.flight_id JOIN airports a ON a.iata = f.origin
     WHERE b.id = NEW.booking_id AND b.contact_email IS NOT NULL;
END;
