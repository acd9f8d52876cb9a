-- PostgreSQL's 0018 for the embedded database: the waitlist, its settings, the triggers that
-- write the offer's e-mail and keep an entry in step with its offer. The outbox is rebuilt
-- for its new kind (SQLite cannot change a CHECK); the trigger that writes into it is
-- re-created around the rebuild.
CREATE TABLE waitlist (
    id            INTEGER PRIMARY KEY,
    flight_id     INTEGER NOT NULL REFERENCES flights ON DELETE CASCADE,
    cabin         TEXT NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    passengers    TEXT NOT NULL,
    seats         INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 9),
    contact_email TEXT NOT NULL CHECK (length(contact_email) <= 254),
    contact_phone TEXT CHECK (length(contact_phone) <= 32),
    state         TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'offered', 'accepted', 'lapsed', 'left')),
    booking_id    INTEGER UNIQUE REFERENCES bookings ON DELETE SET NULL,
    terminal      TEXT NOT NULL,
    actor         TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX waitlist_waiting_idx ON waitlist (flight_id, id) WHERE state = 'waiting';
CREATE UNIQUE INDEX waitlist_one_entry_per_contact ON waitlist (flight_id, cabin, lower(contact_email))
    WHERE state IN ('waiting', 'offered');

CREATE TABLE waitlist_settings (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    offer_seconds INTEGER NOT NULL CHECK (offer_seconds BETWEEN 300 AND 259200)
);
INSERT INTO waitlist_settings (id, offer_seconds) VALUES (1, 7200);

DROP TRIGGER bookings_queue_notice;
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded', 'waitlist_offer')),
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

CREATE TRIGGER bookings_follow_waitlist_offer
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN OLD.state IS NOT NEW.state AND NEW.state IN ('CONFIRMED', 'EXPIRED', 'CANCELLED')
BEGIN
    UPDATE waitlist
       SET state = CASE NEW.state WHEN 'CONFIRMED' THEN 'accepted' ELSE 'lapsed' END,
           updated_at = CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
     WHERE booking_id = NEW.id AND state = 'offered';
END;
