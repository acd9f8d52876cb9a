-- PostgreSQL's 0020 for the embedded database: the check-in's and the disruption's e-mail.
-- The outbox is rebuilt for its new kinds (SQLite cannot change a CHECK); every trigger that
-- writes into it is dropped before the rebuild and re-created after it (0019's and 0018's,
-- unchanged).
DROP TRIGGER bookings_queue_notice;
DROP TRIGGER waitlist_queue_offer;
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded', 'waitlist_offer',
                                                  'booking_checked_in', 'flight_disrupted')),
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
               'paid_minor', (SELECT p.amount_minor FROM payments p
                               WHERE p.booking_id = NEW.id AND p.status IN ('AUTHORIZED', 'CAPTURED', 'REFUNDED')
                               ORDER BY p.id DESC LIMIT 1),
               'discount_minor', (SELECT r.discount_minor FROM voucher_redemptions r
                                   WHERE r.booking_id = NEW.id AND r.status IN ('RESERVED', 'REDEEMED')
                                   ORDER BY r.id DESC LIMIT 1),
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

CREATE TRIGGER waitlist_queue_offer
    AFTER UPDATE OF state ON waitlist
    FOR EACH ROW WHEN OLD.state = 'waiting' AND NEW.state = 'offered'
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details, created_at, next_attempt_at)
    SELECT 'waitlist_offer', b.id, b.reference, NEW.contact_email,
           json_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', f.departure_at,
               'time_zone', a.time_zone,
               'total_minor', b.total_minor, 'currency', b.currency,
               'deadline_ms', b.hold_deadline,
               'passengers', json((SELECT json_group_array(json_object('name', p.passenger_name, 'seat', p.code))
                                     FROM (SELECT l.passenger_name, s.code
                                             FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                            WHERE l.booking_id = b.id AND l.active
                                            ORDER BY s.code) p))),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
      FROM bookings b JOIN flights f ON f.id = b.flight_id JOIN airports a ON a.iata = f.origin
     WHERE b.id = NEW.booking_id;
END;


-- What a retime changed from (epoch milliseconds, like every time here).
ALTER TABLE disruptions ADD COLUMN old_departure_at INTEGER;
ALTER TABLE disruptions ADD COLUMN old_arrival_at INTEGER;
ALTER TABLE disruptions ADD COLUMN old_destination TEXT;

-- One message per booking and check-in transaction (PostgreSQL's 0020 says why the counter).
CREATE TRIGGER check_in_sequences_queue_notice
    AFTER UPDATE OF last_sequence ON check_in_sequences
    FOR EACH ROW WHEN NEW.last_sequence > OLD.last_sequence
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details, created_at, next_attempt_at)
    SELECT 'booking_checked_in', b.id, b.reference, b.contact_email,
           json_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', f.departure_at,
               'time_zone', a.time_zone,
               'passengers', json((SELECT json_group_array(json_object('name', p.passenger_name, 'seat', p.code,
                                                                       'sequence', p.sequence))
                                     FROM (SELECT l.passenger_name, s.code, c.sequence
                                             FROM check_ins c JOIN booking_lines l ON l.id = c.line_id
                                             JOIN seats s ON s.id = l.seat_id
                                            WHERE l.booking_id = b.id AND c.flight_id = NEW.flight_id
                                              AND c.sequence > OLD.last_sequence AND c.sequence <= NEW.last_sequence
                                            ORDER BY c.sequence) p))),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER), CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
      FROM bookings b JOIN flights f ON f.id = NEW.flight_id JOIN airports a ON a.iata = f.origin
     WHERE b.contact_email IS NOT NULL
       AND b.id IN (SELECT l.booking_id FROM check_ins c JOIN booking_lines l ON l.id = c.line_id
                     WHERE c.flight_id = NEW.flight_id
                       AND c.sequence > OLD.last_sequence AND c.sequence <= NEW.last_sequence);
END;

-- A disruption's message; changes before the message was first tried join it (as PostgreSQL's).
CREATE TRIGGER disruptions_queue_notice
    AFTER INSERT ON disruptions
    FOR EACH ROW
BEGIN
    UPDATE outbox
       SET details = (SELECT json_set(json_object(
                                          'flight', f.carrier || ' ' || f.number,
                                          'origin', f.origin, 'destination', f.destination,
                                          'departure_ms', f.departure_at, 'arrival_ms', f.arrival_at,
                                          'time_zone', a.time_zone, 'arrival_time_zone', d.time_zone,
                                          'cancelled', json(CASE f.status WHEN 'CANCELLED' THEN 'true' ELSE 'false' END)),
                                      '$.changes',
                                      json_insert(json_extract(outbox.details, '$.changes'), '$[#]',
                                                  json_object('kind', NEW.kind, 'passenger', NEW.passenger_name,
                                                              'old_seat', NEW.old_seat, 'new_seat', NEW.new_seat,
                                                              'old_departure_ms', NEW.old_departure_at,
                                                              'old_arrival_ms', NEW.old_arrival_at,
                                                              'old_destination', NEW.old_destination)))
                        FROM flights f JOIN airports a ON a.iata = f.origin JOIN airports d ON d.iata = f.destination
                       WHERE f.id = NEW.flight_id)
     WHERE booking_id = NEW.booking_id AND kind = 'flight_disrupted' AND state = 'pending' AND attempts = 0;
    INSERT INTO outbox (kind, booking_id, reference, recipient, details, created_at, next_attempt_at)
    SELECT 'flight_disrupted', b.id, b.reference, b.contact_email,
           json_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', f.departure_at, 'arrival_ms', f.arrival_at,
               'time_zone', a.time_zone, 'arrival_time_zone', d.time_zone,
               'cancelled', json(CASE f.status WHEN 'CANCELLED' THEN 'true' ELSE 'false' END),
               'changes', json_array(json_object('kind', NEW.kind, 'passenger', NEW.passenger_name,
                                                 'old_seat', NEW.old_seat, 'new_seat', NEW.new_seat,
                                                 'old_departure_ms', NEW.old_departure_at,
                                                 'old_arrival_ms', NEW.old_arrival_at,
                                                 'old_destination', NEW.old_destination))),
           CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER), CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
      FROM bookings b JOIN flights f ON f.id = NEW.flight_id
      JOIN airports a ON a.iata = f.origin JOIN airports d ON d.iata = f.destination
     WHERE b.id = NEW.booking_id AND b.contact_email IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.booking_id = NEW.booking_id AND o.kind = 'flight_disrupted'
                                                AND o.state = 'pending' AND o.attempts = 0);
END;
