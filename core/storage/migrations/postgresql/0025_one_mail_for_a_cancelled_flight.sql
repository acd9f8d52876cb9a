-- A hold on a flight that a schedule import cancels: the import releases the hold (the
-- booking goes CANCELLED) and records the disruption, and each wrote its own mail, so the
-- traveller got "booking cancelled" and "flight cancelled" for one event. Now the
-- disruption's message alone says it, with `hold_released` (the booking was cancelled with
-- the flight: its seats are free and nothing was charged), and the booking's own
-- cancellation mail is not written when an unpaid booking is cancelled on a cancelled
-- flight. A traveller or an agent cancelling a hold on a flight still flying, or a paid
-- booking anywhere, is mailed as before. Otherwise 0019's and 0020's functions unchanged.
CREATE OR REPLACE FUNCTION kiosk_queue_booking_notice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details)
    SELECT 'booking_' || lower(NEW.state), NEW.id, NEW.reference, NEW.contact_email,
           jsonb_build_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', (extract(epoch FROM f.departure_at) * 1000)::bigint,
               'time_zone', a.time_zone,
               'total_minor', NEW.total_minor, 'currency', NEW.currency,
               'paid_minor', (SELECT p.amount_minor FROM payments p
                               WHERE p.booking_id = NEW.id AND p.status IN ('AUTHORIZED', 'CAPTURED', 'REFUNDED')
                               ORDER BY p.id DESC LIMIT 1),
               'discount_minor', (SELECT r.discount_minor FROM voucher_redemptions r
                                   WHERE r.booking_id = NEW.id AND r.status IN ('RESERVED', 'REDEEMED')
                                   ORDER BY r.id DESC LIMIT 1),
               'passengers', coalesce((SELECT jsonb_agg(jsonb_build_object('name', l.passenger_name, 'seat', s.code)
                                                        ORDER BY s.code)
                                         FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                        WHERE l.booking_id = NEW.id AND l.active AND NEW.state = 'CONFIRMED'),
                                      '[]'::jsonb))::text
      FROM flights f JOIN airports a ON a.iata = f.origin
     WHERE f.id = NEW.flight_id
       -- Released with its cancelled flight: the disruption's message says so.
       AND NOT (NEW.state = 'CANCELLED' AND OLD.state IN ('SEAT_HELD', 'PAYMENT_PENDING') AND f.status = 'CANCELLED');
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION kiosk_queue_disruption_notice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    flight jsonb;
    change jsonb;
BEGIN
    SELECT jsonb_build_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', (extract(epoch FROM f.departure_at) * 1000)::bigint,
               'arrival_ms', (extract(epoch FROM f.arrival_at) * 1000)::bigint,
               'time_zone', a.time_zone, 'arrival_time_zone', d.time_zone,
               'cancelled', f.status = 'CANCELLED',
               'hold_released', f.status = 'CANCELLED' AND coalesce(b.state = 'CANCELLED', false))
      INTO flight
      FROM flights f JOIN airports a ON a.iata = f.origin JOIN airports d ON d.iata = f.destination
      LEFT JOIN bookings b ON b.id = NEW.booking_id
     WHERE f.id = NEW.flight_id;
    change := jsonb_build_object(
        'kind', NEW.kind, 'passenger', NEW.passenger_name, 'old_seat', NEW.old_seat, 'new_seat', NEW.new_seat,
        'old_departure_ms', (extract(epoch FROM NEW.old_departure_at) * 1000)::bigint,
        'old_arrival_ms', (extract(epoch FROM NEW.old_arrival_at) * 1000)::bigint,
        'old_destination', NEW.old_destination);
    UPDATE outbox
       SET details = (flight || jsonb_build_object('changes', (details::jsonb -> 'changes') || jsonb_build_array(change)))::text
     WHERE booking_id = NEW.booking_id AND kind = 'flight_disrupted' AND state = 'pending' AND attempts = 0;
    IF NOT FOUND THEN
        INSERT INTO outbox (kind, booking_id, reference, recipient, details)
        SELECT 'flight_disrupted', b.id, b.reference, b.contact_email,
               (flight || jsonb_build_object('changes', jsonb_build_array(change)))::text
          FROM bookings b
         WHERE b.id = NEW.booking_id AND b.contact_email IS NOT NULL;
    END IF;
    RETURN NULL;
END $$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_queue_booking_notice() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kiosk_queue_disruption_notice() SET search_path = %I, pg_temp', current_schema());
END $$;
