-- A sale in few round trips: the hold and the payment saga's two database transactions as
-- functions, each called as one autocommitted statement.
--
-- The hold. SeatHolder's transaction (lock the flight for sale, lock the
-- seats in id order, release lapsed holds on exactly those seats, insert booking, lines and
-- audit row) as one function, called as one autocommitted statement: on a real network
-- each of the ten statements it replaces cost a round trip. The guarantees are unchanged:
-- the same locks in the same order, the same partial unique index as the last line of
-- defence, the same audit rows and seat notifications (the triggers fire as before).
-- SQLite runs the same steps in-process (SeatHolder::holdOnce), where round trips are free.
--
-- p_seats: [{"code": "12A", "name": "...", "search": "...", "surname": "..."}, ...] in the
-- traveller's order. Outcomes: 'held' (detail = references of lapsed holds released),
-- 'replayed' (booking_id = the booking an earlier call made with p_key), 'no_flight',
-- 'cancelled', 'missing' / 'blocked' / 'taken' (detail = the seat codes). A refusal changes
-- nothing. A reference or key that another call took at the same moment raises
-- unique_violation: the caller tries again with a new reference.
CREATE FUNCTION kiosk_hold(p_flight bigint, p_seats json, p_ttl integer, p_key text, p_reference text,
                           p_terminal text, p_actor text,
                           OUT outcome text, OUT booking_id bigint, OUT hold_deadline_ms bigint,
                           OUT created_ms bigint, OUT line_ids bigint[], OUT prices bigint[],
                           OUT cabins text[], OUT detail text[])
LANGUAGE plpgsql AS $$
DECLARE
    wanted text[] := ARRAY(SELECT s ->> 'code' FROM json_array_elements(p_seats) s);
    flight_status text;
    flight_currency text;
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
    SELECT f.status, f.currency INTO flight_status, flight_currency FROM flights f WHERE f.id = p_flight FOR SHARE;
    IF NOT FOUND THEN
        outcome := 'no_flight';
        RETURN;
    ELSIF flight_status = 'CANCELLED' THEN
        outcome := 'cancelled';
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

-- Step 1 of the payment saga (PaymentProcessor::begin): the booking locked by reference,
-- still SEAT_HELD and within its hold; then PAYMENT_PENDING with its audit row and the
-- attempt recorded (PENDING, key "<reference>-pay-<n>", deadline), before any gateway hears
-- of it. With p_owner_terminal (a kiosk pays only its own bookings), a booking made
-- elsewhere is 'no_booking' too. Outcomes: 'pending'; 'no_booking'; 'wrong_state' (state =
-- the booking's);
-- 'expired' (the hold had run out: the booking is EXPIRED now, its seats released).
CREATE FUNCTION kiosk_payment_begin(p_reference text, p_owner_terminal text, p_owner_actor text, p_brand text, p_last4 text, p_attempt_seconds integer,
                                    p_gateway text, p_terminal text, p_actor text,
                                    OUT outcome text, OUT booking_id bigint, OUT state text,
                                    OUT hold_deadline_ms bigint, OUT total_minor bigint, OUT currency text,
                                    OUT payment_id bigint, OUT payment_key text)
LANGUAGE plpgsql AS $$
DECLARE
    lapsed boolean;
    attempts bigint;
BEGIN
    SELECT b.id, b.state, CAST(extract(epoch FROM b.hold_deadline) * 1000 AS bigint), b.total_minor, b.currency,
           b.hold_deadline <= now()
      INTO booking_id, state, hold_deadline_ms, total_minor, currency, lapsed
      FROM bookings b WHERE b.reference = p_reference
       AND (p_owner_terminal IS NULL OR (b.terminal = p_owner_terminal AND b.actor = p_owner_actor))
       FOR UPDATE;
    IF NOT FOUND THEN
        outcome := 'no_booking';
        RETURN;
    ELSIF state <> 'SEAT_HELD' THEN
        outcome := 'wrong_state';
        RETURN;
    ELSIF lapsed THEN
        UPDATE bookings b SET state = 'EXPIRED', updated_at = now() WHERE b.id = booking_id;
        UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = kiosk_payment_begin.booking_id AND l.active;
        INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
        VALUES (booking_id, 'SEAT_HELD', 'EXPIRED', now(), p_terminal, p_actor, 'hold deadline passed before payment');
        outcome := 'expired';
        RETURN;
    END IF;
    UPDATE bookings b SET state = 'PAYMENT_PENDING', updated_at = now() WHERE b.id = booking_id;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (booking_id, 'SEAT_HELD', 'PAYMENT_PENDING', now(), p_terminal, p_actor,
            format('payment submitted (%s ending %s)', p_brand, p_last4));
    SELECT count(*) INTO attempts FROM payments p WHERE p.booking_id = kiosk_payment_begin.booking_id;
    payment_key := p_reference || '-pay-' || (attempts + 1);
    INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, card_brand, card_last4,
                          attempt_deadline, created_at, updated_at, gateway)
    VALUES (booking_id, payment_key, 'PENDING', total_minor, currency, p_brand, p_last4,
            now() + make_interval(secs => p_attempt_seconds), now(), now(), p_gateway)
    RETURNING id INTO payment_id;
    outcome := 'pending';
END $$;

-- What the gateway said, in one transaction (PaymentBookkeeper::record): the attempt moves
-- from p_from (guarded, and when p_deadline says so, only before or after its deadline)
-- and the booking, if p_booking_to is given, from p_booking_from (guarded, audited, its
-- lines released when p_release_lines). Both checks come before either change: a refusal
-- changes nothing. Outcomes: 'recorded', 'payment_moved', 'booking_moved'.
CREATE FUNCTION kiosk_payment_record(p_payment bigint, p_from text, p_deadline text, p_status text,
                                     p_gateway_reference text, p_captured bigint, p_refunded bigint,
                                     p_decline_reason text, p_booking_from text, p_booking_to text,
                                     p_release_lines boolean, p_reason text, p_terminal text, p_actor text)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    payment_booking bigint;
BEGIN
    SELECT p.booking_id INTO payment_booking FROM payments p
     WHERE p.id = p_payment AND p.status = p_from
       AND CASE p_deadline WHEN 'not_passed' THEN p.attempt_deadline > now()
                           WHEN 'passed' THEN COALESCE(p.attempt_deadline, p.updated_at) <= now()
                           ELSE TRUE END
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'payment_moved';
    END IF;
    IF p_booking_to IS NOT NULL THEN
        PERFORM 1 FROM bookings b WHERE b.id = payment_booking AND b.state = p_booking_from FOR UPDATE;
        IF NOT FOUND THEN
            RETURN 'booking_moved';
        END IF;
    END IF;
    UPDATE payments p SET status = p_status, gateway_reference = p_gateway_reference, captured_minor = p_captured,
                          refunded_minor = p_refunded, decline_reason = p_decline_reason, updated_at = now()
     WHERE p.id = p_payment;
    IF p_booking_to IS NOT NULL THEN
        UPDATE bookings b SET state = p_booking_to, updated_at = now() WHERE b.id = payment_booking;
        IF p_release_lines THEN
            UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = payment_booking AND l.active;
        END IF;
        INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
        VALUES (payment_booking, p_booking_from, p_booking_to, now(), p_terminal, p_actor, p_reason);
    END IF;
    RETURN 'recorded';
END $$;

DO $$
DECLARE
    fn text;
BEGIN
    FOREACH fn IN ARRAY ARRAY['kiosk_hold(bigint, json, integer, text, text, text, text)',
                              'kiosk_payment_begin(text, text, text, text, text, integer, text, text, text)',
                              'kiosk_payment_record(bigint, text, text, text, text, bigint, bigint, text, text, text, boolean, text, text, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
