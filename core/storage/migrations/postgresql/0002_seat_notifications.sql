-- Live seat updates: every committed change to who holds a seat tells the terminals that
-- LISTEN on kiosk_seats_<schema> (kiosk_seats_public normally; one channel per schema, so
-- two systems in one database never hear each other) which flight to re-read
-- ("FLIGHT_ID:CODE,CODE"; just "FLIGHT_ID:" when the codes would not fit). Triggers rather than application code, so every path that
-- changes a seat (holds, expiry, payments, agents' edits, an operator's manual SQL) is
-- covered. NOTIFY is transactional: delivered on commit only, duplicates in one
-- transaction collapse into one.

CREATE FUNCTION kiosk_notify_seats(flight bigint, codes text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF codes IS NULL OR length(codes) > 7000 THEN -- NOTIFY payloads stop at 8000 bytes
        codes := '';
    END IF;
    PERFORM pg_notify('kiosk_seats_' || current_schema(), flight::text || ':' || codes);
END $$;

-- A booking changed state: all of its seats may have changed (held, sold, free again).
CREATE FUNCTION kiosk_booking_state_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kiosk_notify_seats(NEW.flight_id,
        (SELECT string_agg(s.code, ',' ORDER BY s.code)
           FROM booking_lines l JOIN seats s ON s.id = l.seat_id
          WHERE l.booking_id = NEW.id));
    RETURN NULL;
END $$;

CREATE TRIGGER bookings_notify_seats
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION kiosk_booking_state_changed();

-- A seat joined or left a booking (a new hold, a seat change, one passenger cancelled).
CREATE FUNCTION kiosk_booking_line_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kiosk_notify_seats(s.flight_id, s.code) FROM seats s WHERE s.id = NEW.seat_id;
    IF TG_OP = 'UPDATE' AND OLD.seat_id IS DISTINCT FROM NEW.seat_id THEN
        PERFORM kiosk_notify_seats(s.flight_id, s.code) FROM seats s WHERE s.id = OLD.seat_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER booking_lines_notify_seats
    AFTER INSERT OR UPDATE OF active, seat_id ON booking_lines
    FOR EACH ROW EXECUTE FUNCTION kiosk_booking_line_changed();

-- An agent blocked or unblocked a seat.
CREATE FUNCTION kiosk_seat_blocked_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kiosk_notify_seats(NEW.flight_id, NEW.code);
    RETURN NULL;
END $$;

CREATE TRIGGER seats_notify_blocked
    AFTER UPDATE OF blocked ON seats
    FOR EACH ROW WHEN (OLD.blocked IS DISTINCT FROM NEW.blocked)
    EXECUTE FUNCTION kiosk_seat_blocked_changed();
