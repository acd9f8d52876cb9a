-- Travellers also hear of their check-in and of a schedule change that touches their booking
-- (issue 19), written like the other messages: by the database, in the transaction of the
-- change, through SECURITY DEFINER functions (terminal logins still cannot read the outbox).
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded', 'waitlist_offer',
                    'booking_checked_in', 'flight_disrupted'));

-- What a retime changed from (the flight row holds what it changed to). The table's rights in
-- terminal_table_rights are table-wide, so they cover these columns as they are.
ALTER TABLE disruptions ADD COLUMN old_departure_at timestamptz,
                        ADD COLUMN old_arrival_at timestamptz,
                        ADD COLUMN old_destination text;

-- One message per booking and check-in transaction, however many passengers it checks in: a
-- check-in moves its flight's counter once, after its check_ins rows, under the counter row's
-- lock, so the numbers above the old value are exactly that transaction's passengers.
CREATE FUNCTION kiosk_queue_check_in_notice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details)
    SELECT 'booking_checked_in', b.id, b.reference, b.contact_email,
           jsonb_build_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', (extract(epoch FROM f.departure_at) * 1000)::bigint,
               'time_zone', a.time_zone,
               'passengers', (SELECT jsonb_agg(jsonb_build_object('name', l.passenger_name, 'seat', s.code,
                                                                  'sequence', c.sequence) ORDER BY c.sequence)
                                FROM check_ins c JOIN booking_lines l ON l.id = c.line_id JOIN seats s ON s.id = l.seat_id
                               WHERE l.booking_id = b.id AND c.flight_id = NEW.flight_id
                                 AND c.sequence > OLD.last_sequence AND c.sequence <= NEW.last_sequence))::text
      FROM bookings b JOIN flights f ON f.id = NEW.flight_id JOIN airports a ON a.iata = f.origin
     WHERE b.contact_email IS NOT NULL
       AND b.id IN (SELECT l.booking_id FROM check_ins c JOIN booking_lines l ON l.id = c.line_id
                     WHERE c.flight_id = NEW.flight_id
                       AND c.sequence > OLD.last_sequence AND c.sequence <= NEW.last_sequence);
    RETURN NULL;
END $$;

CREATE TRIGGER check_in_sequences_queue_notice
    AFTER UPDATE OF last_sequence ON check_in_sequences
    FOR EACH ROW WHEN (NEW.last_sequence > OLD.last_sequence)
    EXECUTE FUNCTION kiosk_queue_check_in_notice();

-- A disruption's message: the flight as it is now and the change. Changes to one booking that
-- arrive before its message was first tried (an equipment change moving a party seat by seat,
-- a retime and then a cancellation) go into that one message.
CREATE FUNCTION kiosk_queue_disruption_notice() RETURNS trigger
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
               'cancelled', f.status = 'CANCELLED')
      INTO flight
      FROM flights f JOIN airports a ON a.iata = f.origin JOIN airports d ON d.iata = f.destination
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

CREATE TRIGGER disruptions_queue_notice
    AFTER INSERT ON disruptions
    FOR EACH ROW EXECUTE FUNCTION kiosk_queue_disruption_notice();

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_queue_check_in_notice() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kiosk_queue_disruption_notice() SET search_path = %I, pg_temp', current_schema());
END $$;
