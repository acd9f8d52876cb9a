-- PostgreSQL's 0025 for the embedded database: a hold released because a schedule import
-- cancelled its flight is mailed once, by the disruption's message (with `hold_released`),
-- not also as a booking cancellation. The two triggers are re-created with that change;
-- otherwise as in 0020.
DROP TRIGGER bookings_queue_notice;
DROP TRIGGER disruptions_queue_notice;

CREATE TRIGGER bookings_queue_notice
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN OLD.state IS NOT NEW.state
                  AND NEW.state IN ('CONFIRMED', 'CANCELLED', 'REFUNDED')
                  AND NEW.contact_email IS NOT NULL
                  AND NOT (NEW.state = 'CANCELLED' AND OLD.state IN ('SEAT_HELD', 'PAYMENT_PENDING')
                           AND (SELECT f.status FROM flights f WHERE f.id = NEW.flight_id) = 'CANCELLED')
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
                                          'cancelled', json(CASE f.status WHEN 'CANCELLED' THEN 'true' ELSE 'false' END),
                                          'hold_released', json(CASE WHEN f.status = 'CANCELLED' AND
                                              (SELECT b2.state FROM bookings b2 WHERE b2.id = NEW.booking_id) = 'CANCELLED'
                                              THEN 'true' ELSE 'false' END)),
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
                                          'hold_released', json(CASE WHEN f.status = 'CANCELLED' AND
                                              (SELECT b2.state FROM bookings b2 WHERE b2.id = NEW.booking_id) = 'CANCELLED'
                                              THEN 'true' ELSE 'false' END),
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
