-- A sale's last step answers with the confirmed booking (issue 21). After the gateway's
-- capture the payment saga recorded the capture (kiosk_payment_record) and then read the
-- booking back (BookingRepository::findById): a sixth round trip and a fifth of a sale's
-- client instructions. kiosk_payment_record_booking records the same way, then reads the
-- booking in the same call, after the write: the rows findById reads, column for column
-- and in its order (BookingRepository's bookingColumns, then the outcome), one row per
-- booking line. The names come through kiosk_passenger_name with no proof, as findById
-- reads them: a kiosk login gets the names of its own login's bookings only (0029's rule),
-- the function adds nothing a caller could not read itself. kiosk_payment_record is
-- unchanged; the reconciler and the refunds keep calling it.

CREATE FUNCTION kiosk_payment_record_booking(p_payment bigint, p_from text, p_deadline text, p_status text,
                                             p_gateway_reference text, p_captured bigint, p_refunded bigint,
                                             p_decline_reason text, p_booking_from text, p_booking_to text,
                                             p_release_lines boolean, p_reason text, p_terminal text, p_actor text)
RETURNS TABLE (r_id bigint, r_reference text, r_flight_id bigint, r_state text, r_hold_deadline_ms bigint,
               r_created_ms bigint, r_total_minor bigint, r_currency text, r_idempotency_key text,
               r_terminal text, r_carrier text, r_number integer, r_departure_date date, r_captured_minor bigint,
               r_refunded_minor bigint, r_actor text, r_passenger_name text, r_seat text, r_price_minor bigint,
               r_active boolean, r_cabin text, r_line_id bigint, r_recorded text)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    recorded text := kiosk_payment_record(p_payment, p_from, p_deadline, p_status, p_gateway_reference, p_captured,
                                          p_refunded, p_decline_reason, p_booking_from, p_booking_to,
                                          p_release_lines, p_reason, p_terminal, p_actor);
BEGIN
    RETURN QUERY
    SELECT b.id, b.reference::text, b.flight_id, b.state, CAST(extract(epoch FROM b.hold_deadline) * 1000 AS bigint),
           CAST(extract(epoch FROM b.created_at) * 1000 AS bigint), b.total_minor, b.currency::text,
           b.idempotency_key, b.terminal, f.carrier::text, f.number, f.departure_date,
           (SELECT COALESCE(SUM(q.captured_minor), 0) FROM payments q WHERE q.booking_id = b.id)::bigint,
           (SELECT COALESCE(SUM(q.refunded_minor), 0) FROM payments q WHERE q.booking_id = b.id)::bigint,
           b.actor, kiosk_passenger_name(l.id, '', ''), s.code::text, l.price_minor, l.active, s.cabin::text, l.id,
           recorded
      FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN flights f ON f.id = b.flight_id
      LEFT JOIN booking_lines l ON l.booking_id = b.id LEFT JOIN seats s ON s.id = l.seat_id
     WHERE p.id = p_payment
     ORDER BY l.id;
END $$;

-- Names resolve in the kiosk's schema only, whoever calls (the grants follow from the name:
-- kiosk_apply_terminal_grants, run after every migration).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_payment_record_booking(bigint, text, text, text, text, bigint, bigint, text, '
                   'text, text, boolean, text, text, text) SET search_path = %I, pg_temp', current_schema());
END $$;
