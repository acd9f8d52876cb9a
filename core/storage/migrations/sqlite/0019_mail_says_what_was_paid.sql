-- PostgreSQL's 0019 for the embedded database: the confirmation e-mail's details carry the
-- amount paid and the voucher's discount (0018's trigger otherwise unchanged).
DROP TRIGGER bookings_queue_notice;
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
