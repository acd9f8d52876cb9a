-- The confirmation e-mail says what the traveller paid, not only the price: with a voucher
-- the two differ. The amount is the authorized payment's (the booking is confirmed before
-- the capture), the discount the voucher redemption's. Otherwise 0013's function unchanged.
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
     WHERE f.id = NEW.flight_id;
    RETURN NULL;
END $$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_queue_booking_notice() SET search_path = %I, pg_temp', current_schema());
END $$;
