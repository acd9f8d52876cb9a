-- The hold decides the sales cut-off itself (issue: a sale in few round trips). Migration
-- 0012's kiosk_hold had SeatHolder read the cut-off and the server clock first, one round
-- trip each. Now SeatHolder reads the flight with its cut-off rows in one statement, chooses
-- the cut-off that applies (SalesCutoff::forFlight, the one place that rule lives) and
-- passes it as p_closes_minutes; the function compares it with the server clock under the
-- flight's lock, so a departure moved by a schedule change at the same moment counts.
-- A hold is two statements: the flight, then this call.
--
-- New outcome: 'closed' (sales closed at departure - p_closes_minutes, by the server's clock;
-- a departed flight is closed too). It comes after 'replayed': a retry of a hold made before
-- the cut-off still gets its booking. Otherwise as in 0012.
DROP FUNCTION kiosk_hold(bigint, json, integer, text, text, text, text);

CREATE FUNCTION kiosk_hold(p_flight bigint, p_seats json, p_ttl integer, p_key text, p_reference text,
                           p_terminal text, p_actor text, p_closes_minutes integer,
                           OUT outcome text, OUT booking_id bigint, OUT hold_deadline_ms bigint,
                           OUT created_ms bigint, OUT line_ids bigint[], OUT prices bigint[],
                           OUT cabins text[], OUT detail text[])
LANGUAGE plpgsql AS $$
DECLARE
    wanted text[] := ARRAY(SELECT s ->> 'code' FROM json_array_elements(p_seats) s);
    flight_status text;
    flight_currency text;
    sales_closed boolean;
    seat record;
    seat_ids bigint[] := '{}';
    seat_codes text[] := '{}';
    occupant record;
    lapsed bigint[] := '{}';
    released text;
BEGIN
    IF p_key IS NOT NULL THEN
        SELECT b.id INTO booking_id FROM bookings b WHERE b.idempotency_key = p_key;
        IF FOUND THEN
            outcome := 'replayed';
            RETURN;
        END IF;
    END IF;
    -- A schedule import cancelling the flight waits for this hold, or this hold for it.
    SELECT f.status, f.currency, now() >= f.departure_at - make_interval(mins => p_closes_minutes)
      INTO flight_status, flight_currency, sales_closed FROM flights f WHERE f.id = p_flight FOR SHARE;
    IF NOT FOUND THEN
        outcome := 'no_flight';
        RETURN;
    ELSIF flight_status = 'CANCELLED' THEN
        outcome := 'cancelled';
        RETURN;
    ELSIF sales_closed THEN
        outcome := 'closed';
        RETURN;
    END IF;

    FOR seat IN SELECT s.id, s.code, s.blocked FROM seats s
                 WHERE s.flight_id = p_flight AND s.code = ANY (wanted) ORDER BY s.id FOR UPDATE LOOP
        IF seat.blocked THEN
            outcome := 'blocked';
            detail := ARRAY[seat.code];
            RETURN;
        END IF;
        seat_ids := seat_ids || seat.id;
        seat_codes := seat_codes || seat.code;
    END LOOP;
    IF cardinality(seat_ids) <> cardinality(wanted) THEN
        outcome := 'missing';
        detail := ARRAY(SELECT w FROM unnest(wanted) w WHERE w <> ALL (seat_codes));
        RETURN;
    END IF;
    -- A retry racing the first try under the same key waited for the seat locks above.
    IF p_key IS NOT NULL THEN
        SELECT b.id INTO booking_id FROM bookings b WHERE b.idempotency_key = p_key;
        IF FOUND THEN
            outcome := 'replayed';
            RETURN;
        END IF;
    END IF;

    -- Rule 3: a hold past its deadline is free to anyone; anyone else's seat is taken.
    detail := '{}';
    FOR occupant IN SELECT l.booking_id, s.code, (b.state = 'SEAT_HELD' AND b.hold_deadline <= now()) AS lapsed
                      FROM booking_lines l JOIN bookings b ON b.id = l.booking_id JOIN seats s ON s.id = l.seat_id
                     WHERE l.active AND l.seat_id = ANY (seat_ids) ORDER BY s.id LOOP
        IF occupant.lapsed THEN
            lapsed := lapsed || occupant.booking_id;
        ELSIF NOT occupant.code = ANY (detail) THEN
            detail := detail || occupant.code;
        END IF;
    END LOOP;
    IF cardinality(detail) > 0 THEN
        outcome := 'taken';
        RETURN;
    END IF;
    FOR released IN UPDATE bookings b SET state = 'EXPIRED', updated_at = now()
                     WHERE b.id = ANY (lapsed) AND b.state = 'SEAT_HELD' RETURNING b.reference LOOP
        detail := detail || released;
    END LOOP;
    UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = ANY (lapsed) AND l.active;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    SELECT b.id, 'SEAT_HELD', 'EXPIRED', now(), p_terminal, p_actor, 'hold deadline passed; released for a new hold'
      FROM bookings b WHERE b.id = ANY (lapsed) AND b.reference = ANY (detail);

    INSERT INTO bookings (reference, flight_id, state, hold_deadline, total_minor, currency, idempotency_key,
                          terminal, actor, created_at, updated_at)
    SELECT p_reference, p_flight, 'SEAT_HELD', now() + make_interval(secs => p_ttl), sum(s.price_minor),
           flight_currency, p_key, p_terminal, p_actor, now(), now()
      FROM seats s WHERE s.id = ANY (seat_ids)
    RETURNING id, CAST(extract(epoch FROM hold_deadline) * 1000 AS bigint), CAST(extract(epoch FROM created_at) * 1000 AS bigint)
      INTO booking_id, hold_deadline_ms, created_ms;
    -- Lines in the traveller's order (their ids give the passengers' order when read back).
    WITH added AS (
        INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active, search_key, surname_key)
        SELECT booking_id, s.id, w.value ->> 'name', s.price_minor, TRUE, w.value ->> 'search', w.value ->> 'surname'
          FROM json_array_elements(p_seats) WITH ORDINALITY AS w(value, position)
          JOIN seats s ON s.flight_id = p_flight AND s.code = w.value ->> 'code'
         ORDER BY w.position
        RETURNING id, seat_id, price_minor)
    SELECT array_agg(a.id ORDER BY a.id), array_agg(a.price_minor ORDER BY a.id), array_agg(s.cabin ORDER BY a.id)
      INTO line_ids, prices, cabins
      FROM added a JOIN seats s ON s.id = a.seat_id;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (booking_id, 'INITIATED', 'SEAT_HELD', now(), p_terminal, p_actor, 'seats held');
    outcome := 'held';
END $$;

-- As in 0012: names resolve in the kiosk's schema only, whoever calls.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_hold(bigint, json, integer, text, text, text, text, integer) '
                   'SET search_path = %I, pg_temp', current_schema());
END $$;
