-- A kiosk's database login writes bookings, their lines and payments only through functions
-- that check what it may do (issue 14): with raw SQL on a kiosk's URL one could otherwise
-- confirm one's own hold without paying or write a payment outcome. The functions are
-- SECURITY DEFINER (they write as the owner, so the kiosk class keeps SELECT only); each one
-- checks the caller's class and, where staff rights are needed, the session's staff user,
-- and refuses with SQLSTATE 42501, changing nothing. The desk and ops classes keep their
-- direct INSERT/UPDATE (agents' operations), guarded by the triggers of migration 0010.
--
-- Also: a refund beyond the cancellation policy's amount (the supervisor override) needs a
-- signed-in supervisor or above on a terminal login; an agent's session gets 42501.
--
-- Inside a SECURITY DEFINER function current_user is the owner, so kiosk_is_terminal_login()
-- (current_user) is false there and the guards of 0010 let the owner's writes pass. Who
-- called is the session's login: kiosk_caller_class() below.

-- The class of the terminal login that opened this connection ('kiosk', 'desk', 'ops'), or
-- NULL for the owner, superusers and other roles. Also right inside SECURITY DEFINER.
CREATE FUNCTION kiosk_caller_class() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN r.rolsuper OR NOT pg_has_role(session_user, kiosk_login_group('kiosk'), 'MEMBER') THEN NULL
                WHEN pg_has_role(session_user, kiosk_login_group('ops'), 'MEMBER') THEN 'ops'
                WHEN pg_has_role(session_user, kiosk_login_group('desk'), 'MEMBER') THEN 'desk'
                ELSE 'kiosk' END
      FROM pg_roles r WHERE r.rolname = session_user
$$;

-- kiosk_require_staff for the caller of a SECURITY DEFINER function: refuses (42501) unless
-- the session's login is no terminal login or its staff user has at least role p_min.
CREATE FUNCTION kiosk_caller_requires_staff(p_min text, p_what text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    ranks CONSTANT text[] := ARRAY['kiosk', 'agent', 'supervisor', 'admin'];
    staff record;
BEGIN
    IF kiosk_caller_class() IS NULL THEN
        RETURN;
    END IF;
    SELECT * INTO staff FROM kiosk_staff_user();
    IF staff.user_role IS NULL OR array_position(ranks, staff.user_role) < array_position(ranks, p_min) THEN
        RAISE EXCEPTION '% needs a signed-in % or above (database login %, signed in: %)',
            p_what, p_min, session_user, coalesce(staff.user_name || ' as ' || staff.user_role, 'nobody')
            USING ERRCODE = '42501';
    END IF;
END $$;

-- The refusal for a kiosk-class caller asking a function for what only the desk may do.
CREATE FUNCTION kiosk_refuse_kiosk_class(p_what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is refused to a kiosk login (database login %)', p_what, session_user USING ERRCODE = '42501';
END $$;

-- Audit rows written by these functions name the caller's login and staff user too.
-- kiosk_sign_in's own rows (written as the owner) keep the name that tried to sign in.
CREATE OR REPLACE FUNCTION kiosk_stamp_audit_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    staff record;
    stamped boolean := kiosk_is_terminal_login() OR kiosk_caller_class() IS NOT NULL;
BEGIN
    IF stamped AND NOT kiosk_is_terminal_login() AND TG_TABLE_NAME = 'access_events' THEN
        stamped := NEW.action <> 'sign in'; -- (a separate IF: booking_events has no action)
    END IF;
    IF stamped THEN
        NEW.login := session_user;
        SELECT * INTO staff FROM kiosk_staff_user();
        IF staff.user_name IS NOT NULL THEN
            NEW.actor := staff.user_name;
            IF TG_TABLE_NAME = 'access_events' THEN
                NEW.role := staff.user_role;
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- The hold (0016's, unchanged but for two things): it writes as the owner, and on a terminal
-- login the limits are the staff session's role (else kiosk), asked of the session's login.
CREATE OR REPLACE FUNCTION kiosk_hold(p_flight bigint, p_seats json, p_ttl integer, p_key text, p_reference text,
                           p_terminal text, p_actor text, p_closes_minutes integer, p_role text,
                           OUT outcome text, OUT booking_id bigint, OUT hold_deadline_ms bigint,
                           OUT created_ms bigint, OUT line_ids bigint[], OUT prices bigint[],
                           OUT cabins text[], OUT detail text[])
LANGUAGE plpgsql SECURITY DEFINER AS $$
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
    limits record;
    unpaid integer;
    first_deadline timestamptz;
    recent integer;
    oldest_recent timestamptz;
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

    -- The limits of the caller's role (hold_limits), counted under a lock per terminal so that
    -- two holds from one terminal at the same moment cannot both pass. Taken after the seat
    -- locks, and nothing takes seat locks after it: no deadlock. A refusal is audited. On a
    -- terminal login (migration 0010) the role is the signed-in staff user's, else kiosk:
    -- whatever the program claims.
    IF kiosk_caller_class() IS NOT NULL THEN
        p_role := coalesce((SELECT s.user_role FROM kiosk_staff_user() s), 'kiosk');
    END IF;
    SELECT h.max_unpaid_holds, h.max_holds_per_minute INTO limits FROM hold_limits h WHERE h.role = p_role;
    IF limits.max_unpaid_holds IS NOT NULL OR limits.max_holds_per_minute IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('kiosk_terminal_holds.' || current_schema() || '.' || p_terminal));
        SELECT count(*), min(b.hold_deadline) INTO unpaid, first_deadline FROM bookings b
         WHERE b.terminal = p_terminal AND b.state IN ('SEAT_HELD', 'PAYMENT_PENDING')
           AND (b.state = 'PAYMENT_PENDING' OR b.hold_deadline > now());
        SELECT count(*), min(b.created_at) INTO recent, oldest_recent FROM bookings b
         WHERE b.terminal = p_terminal AND b.created_at > now() - interval '1 minute';
        IF unpaid >= limits.max_unpaid_holds THEN
            outcome := 'unpaid_limit';
            detail := ARRAY[limits.max_unpaid_holds::text, CAST(extract(epoch FROM first_deadline) * 1000 AS bigint)::text,
                            p_role];
        ELSIF recent >= limits.max_holds_per_minute THEN
            outcome := 'rate_limit';
            detail := ARRAY[limits.max_holds_per_minute::text,
                            CAST(extract(epoch FROM oldest_recent + interval '1 minute') * 1000 AS bigint)::text, p_role];
        END IF;
        IF outcome IS NOT NULL THEN
            INSERT INTO access_events (terminal, actor, role, action, target, outcome, detail)
            VALUES (p_terminal, p_actor, p_role, 'hold seats', '', 'denied', outcome || ' ' || detail[1]);
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

-- What the gateway said (0012's kiosk_payment_record), now as the owner and with what a
-- program can state checked: a booking is confirmed only with an authorized or captured
-- attempt; an attempt never records more captured than its amount nor more refunded than
-- captured; a kiosk login sets a refund only when the whole capture went back (the
-- reconciler's refund-all); a paid booking moves only with an agent signed in (as
-- bookings_confirmed_guard asks of direct writes). The gateway's word itself is the
-- program's: the database cannot ask the gateway.
CREATE OR REPLACE FUNCTION kiosk_payment_record(p_payment bigint, p_from text, p_deadline text, p_status text,
                                                p_gateway_reference text, p_captured bigint, p_refunded bigint,
                                                p_decline_reason text, p_booking_from text, p_booking_to text,
                                                p_release_lines boolean, p_reason text, p_terminal text, p_actor text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    attempt payments%ROWTYPE;
BEGIN
    SELECT p.* INTO attempt FROM payments p
     WHERE p.id = p_payment AND p.status = p_from
       AND CASE p_deadline WHEN 'not_passed' THEN p.attempt_deadline > now()
                           WHEN 'passed' THEN COALESCE(p.attempt_deadline, p.updated_at) <= now()
                           ELSE TRUE END
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'payment_moved';
    END IF;
    IF p_booking_to = 'CONFIRMED' AND p_status NOT IN ('AUTHORIZED', 'CAPTURED') THEN
        RAISE EXCEPTION 'a booking is confirmed only with an authorized payment, not %', p_status USING ERRCODE = '42501';
    END IF;
    IF coalesce(p_captured, 0) > attempt.amount_minor OR coalesce(p_refunded, 0) > coalesce(p_captured, 0)
       OR coalesce(p_captured, 0) < 0 OR coalesce(p_refunded, 0) < 0 THEN
        RAISE EXCEPTION 'payment % cannot record % captured and % refunded of %', p_payment, p_captured, p_refunded,
            attempt.amount_minor USING ERRCODE = '42501';
    END IF;
    IF kiosk_caller_class() = 'kiosk' AND coalesce(p_refunded, 0) <> attempt.refunded_minor
       AND NOT (p_status = 'REFUNDED' AND p_refunded = p_captured) THEN
        PERFORM kiosk_refuse_kiosk_class('recording a partial refund');
    END IF;
    IF p_booking_to IS NOT NULL THEN
        PERFORM 1 FROM bookings b WHERE b.id = attempt.booking_id AND b.state = p_booking_from FOR UPDATE;
        IF NOT FOUND THEN
            RETURN 'booking_moved';
        END IF;
        IF p_booking_from = 'CONFIRMED' THEN
            PERFORM kiosk_caller_requires_staff('agent', 'cancelling a paid booking');
        END IF;
    END IF;
    UPDATE payments p SET status = p_status, gateway_reference = p_gateway_reference, captured_minor = p_captured,
                          refunded_minor = p_refunded, decline_reason = p_decline_reason, updated_at = now()
     WHERE p.id = p_payment;
    IF p_booking_to IS NOT NULL THEN
        UPDATE bookings b SET state = p_booking_to, updated_at = now() WHERE b.id = attempt.booking_id;
        IF p_release_lines THEN
            UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = attempt.booking_id AND l.active;
        END IF;
        INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
        VALUES (attempt.booking_id, p_booking_from, p_booking_to, now(), p_terminal, p_actor, p_reason);
    END IF;
    RETURN 'recorded';
END $$;

-- A payment attempt written by statements (PaymentProcessor with a voucher: the voucher's
-- use is taken in the same transaction): for a booking that is PAYMENT_PENDING in this
-- transaction, with no other attempt open, in its currency and at most its total.
CREATE FUNCTION kiosk_payment_add(p_booking bigint, p_key text, p_amount bigint, p_currency text, p_brand text,
                                  p_last4 text, p_attempt_seconds integer, p_gateway text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    booking bookings%ROWTYPE;
    payment_id bigint;
BEGIN
    SELECT b.* INTO booking FROM bookings b WHERE b.id = p_booking FOR UPDATE;
    IF kiosk_caller_class() IS NOT NULL AND (NOT FOUND OR booking.state <> 'PAYMENT_PENDING'
        OR booking.currency <> p_currency OR p_amount < 0 OR p_amount > booking.total_minor
        OR EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = p_booking AND p.status IN ('PENDING', 'AUTHORIZED'))) THEN
        RAISE EXCEPTION 'a payment of % % is not due for booking % (database login %)', p_amount, p_currency,
            p_booking, session_user USING ERRCODE = '42501';
    END IF;
    INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, card_brand, card_last4,
                          attempt_deadline, created_at, updated_at, gateway)
    VALUES (p_booking, p_key, 'PENDING', p_amount, p_currency, p_brand, p_last4,
            now() + make_interval(secs => p_attempt_seconds), now(), now(), p_gateway)
    RETURNING id INTO payment_id;
    RETURN payment_id;
END $$;

-- A guarded booking state change with its audit row (BookingRepository::transition): lines
-- are released when the new state holds no seats. A kiosk login may only cancel an unpaid
-- booking, expire a hold whose deadline passed, or start paying a hold; a paid booking
-- moves only with an agent signed in. Outcomes: 'moved', 'booking_moved' (not in p_from).
CREATE FUNCTION kiosk_booking_move(p_booking bigint, p_from text, p_to text, p_terminal text, p_actor text,
                                   p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    lapsed boolean;
BEGIN
    SELECT b.hold_deadline <= now() INTO lapsed FROM bookings b WHERE b.id = p_booking AND b.state = p_from FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'booking_moved';
    END IF;
    IF kiosk_caller_class() = 'kiosk'
       AND NOT ((p_from IN ('SEAT_HELD', 'PAYMENT_PENDING') AND p_to = 'CANCELLED')
                OR (p_from = 'SEAT_HELD' AND p_to = 'EXPIRED' AND lapsed)
                OR (p_from = 'SEAT_HELD' AND p_to = 'PAYMENT_PENDING' AND NOT lapsed)) THEN
        PERFORM kiosk_refuse_kiosk_class(format('moving booking %s from %s to %s', p_booking, p_from, p_to));
    END IF;
    IF p_from = 'CONFIRMED' THEN
        PERFORM kiosk_caller_requires_staff('agent', 'cancelling a paid booking');
    END IF;
    UPDATE bookings b SET state = p_to, updated_at = now() WHERE b.id = p_booking;
    IF p_to NOT IN ('SEAT_HELD', 'PAYMENT_PENDING', 'CONFIRMED') THEN
        UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = p_booking AND l.active;
    END IF;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (p_booking, p_from, p_to, now(), p_terminal, p_actor, p_reason);
    RETURN 'moved';
END $$;

-- A SEAT_HELD booking written by statements (BookingRepository::insertHeld; on PostgreSQL
-- only the waitlist's offers, sales hold with kiosk_hold): prices and currency from the
-- seats and the flight. p_lines: [{"seat": id, "name": "...", "search": "...", "surname":
-- "..."}, ...] in the party's order. NULL when another booking took the reference or key
-- (the caller tries again); a seat taken meanwhile raises unique_violation. A kiosk login
-- writes only the offer to a waiting entry of this flight (key "waitlist-offer-<entry>"),
-- held for at most the waitlist's offer time.
CREATE FUNCTION kiosk_insert_hold(p_flight bigint, p_reference text, p_ttl integer, p_key text, p_lines json,
                                  p_terminal text, p_actor text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    new_id bigint;
BEGIN
    IF kiosk_caller_class() = 'kiosk' AND NOT (
           p_terminal = 'waitlist' AND p_ttl <= (SELECT s.offer_seconds FROM waitlist_settings s WHERE s.id = 1)
           AND EXISTS (SELECT 1 FROM waitlist w WHERE w.flight_id = p_flight AND w.state = 'waiting'
                                                 AND p_key = 'waitlist-offer-' || w.id)) THEN
        PERFORM kiosk_refuse_kiosk_class('holding seats other than a waitlist offer without kiosk_hold');
    END IF;
    BEGIN
        INSERT INTO bookings (reference, flight_id, state, hold_deadline, total_minor, currency, idempotency_key,
                              terminal, actor, created_at, updated_at)
        SELECT p_reference, p_flight, 'SEAT_HELD', now() + make_interval(secs => p_ttl),
               (SELECT coalesce(sum(s.price_minor), 0) FROM json_array_elements(p_lines) w
                  JOIN seats s ON s.id = (w.value ->> 'seat')::bigint AND s.flight_id = p_flight),
               f.currency, p_key, p_terminal, p_actor, now(), now()
          FROM flights f WHERE f.id = p_flight
        RETURNING id INTO new_id;
    EXCEPTION WHEN unique_violation THEN
        RETURN NULL;
    END;
    INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active, search_key, surname_key)
    SELECT new_id, s.id, w.value ->> 'name', s.price_minor, TRUE, w.value ->> 'search', w.value ->> 'surname'
      FROM json_array_elements(p_lines) WITH ORDINALITY AS w(value, position)
      JOIN seats s ON s.id = (w.value ->> 'seat')::bigint AND s.flight_id = p_flight
     ORDER BY w.position;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (new_id, 'INITIATED', 'SEAT_HELD', now(), p_terminal, p_actor, 'seats held');
    RETURN new_id;
END $$;

-- A traveller takes up a waitlist offer (WaitlistRepository::handOver): the offer's hold
-- becomes the terminal's. Only holds the waitlist made move; true when this one did.
CREATE FUNCTION kiosk_take_offer(p_booking bigint, p_terminal text, p_actor text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    UPDATE bookings b SET terminal = p_terminal, actor = p_actor, updated_at = now()
     WHERE b.id = p_booking AND b.state = 'SEAT_HELD' AND b.terminal = 'waitlist';
    RETURN FOUND;
END $$;

-- Once per booking after a declined payment (HoldLimitRepository::extendAfterDecline), by
-- the role's decline_extension_seconds; on a terminal login the role is the staff
-- session's (else kiosk) and the booking's last attempt must have been declined. The new
-- deadline in epoch ms, or NULL when nothing was extended.
CREATE FUNCTION kiosk_extend_hold(p_booking bigint, p_role text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    extended bigint;
BEGIN
    IF kiosk_caller_class() IS NOT NULL THEN
        p_role := coalesce((SELECT s.user_role FROM kiosk_staff_user() s), 'kiosk');
        IF (SELECT p.status FROM payments p WHERE p.booking_id = p_booking ORDER BY p.id DESC LIMIT 1)
           IS DISTINCT FROM 'DECLINED' THEN
            RETURN NULL;
        END IF;
    END IF;
    UPDATE bookings b
       SET hold_deadline = b.hold_deadline + make_interval(secs => h.decline_extension_seconds),
           hold_extended = TRUE, updated_at = now()
      FROM hold_limits h
     WHERE b.id = p_booking AND h.role = p_role AND b.state = 'SEAT_HELD' AND NOT b.hold_extended
       AND b.hold_deadline > now() AND h.decline_extension_seconds > 0
    RETURNING CAST(extract(epoch FROM b.hold_deadline) * 1000 AS bigint) INTO extended;
    RETURN extended;
END $$;

-- A traveller's contact details (ContactRepository::save); a kiosk login sets them on a
-- hold only, as it does right after holding. True when the booking exists.
CREATE FUNCTION kiosk_save_contact(p_booking bigint, p_email text, p_phone text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF kiosk_caller_class() = 'kiosk'
       AND EXISTS (SELECT 1 FROM bookings b WHERE b.id = p_booking AND b.state <> 'SEAT_HELD') THEN
        PERFORM kiosk_refuse_kiosk_class('changing the contact details of a booking that is no longer a hold');
    END IF;
    UPDATE bookings b SET contact_email = p_email, contact_phone = p_phone WHERE b.id = p_booking;
    RETURN FOUND;
END $$;

-- The most a cancellation's refund may be by the policy (BookingCanceller::quote): for each
-- passenger cancelled, the cabin's percentage (refund_policies, else the standard 72:100,
-- 24:50,0:0) of what was paid for the seat. A refund keyed "...-line<id>" cancels that line;
-- any other, every line of the booking not refunded on its own. The notice is counted a
-- minute longer than now: the program quoted a moment before this transaction began.
CREATE FUNCTION kiosk_policy_refund(p_payment bigint, p_key text) RETURNS bigint
LANGUAGE sql STABLE AS $$
    WITH booking AS (
        SELECT b.id, b.total_minor, f.departure_at,
               (SELECT coalesce(sum(p.captured_minor), 0) FROM payments p WHERE p.booking_id = b.id) AS paid
          FROM payments pay JOIN bookings b ON b.id = pay.booking_id JOIN flights f ON f.id = b.flight_id
         WHERE pay.id = p_payment),
    cancelled AS (
        SELECT l.price_minor, s.cabin FROM booking bk JOIN booking_lines l ON l.booking_id = bk.id
          JOIN seats s ON s.id = l.seat_id
         WHERE CASE WHEN p_key ~ '-line[0-9]+$' THEN l.id = substring(p_key FROM '-line([0-9]+)$')::bigint
                    ELSE NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p_payment
                                                              AND r.idempotency_key LIKE '%-line' || l.id) END)
    SELECT coalesce(sum(
               CASE WHEN bk.paid < bk.total_minor AND bk.total_minor > 0 THEN c.price_minor * bk.paid / bk.total_minor
                    ELSE c.price_minor END
               * coalesce((SELECT t.percent
                             FROM regexp_split_to_table(coalesce((SELECT rp.tiers FROM refund_policies rp
                                                                   WHERE rp.cabin = c.cabin::text),
                                                                  '72:100,24:50,0:0'), ',') AS tier(text),
                                  LATERAL (SELECT split_part(btrim(tier.text), ':', 1)::bigint AS hours,
                                                  split_part(btrim(tier.text), ':', 2)::bigint AS percent) t
                            WHERE extract(epoch FROM bk.departure_at - now()) + 60 > t.hours * 3600
                            ORDER BY t.hours DESC LIMIT 1), 0)
               / 100), 0)::bigint
      FROM booking bk CROSS JOIN cancelled c
$$;

-- An agent refunds what the policy gives; more (the supervisor override, or a refund
-- outside a cancellation) needs a supervisor or above signed in. refunds_guard (0010)
-- already asks for an agent.
CREATE FUNCTION kiosk_guard_refund_amount() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    staff record;
    allowed bigint;
BEGIN
    IF NOT kiosk_is_terminal_login() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO staff FROM kiosk_staff_user();
    IF staff.user_role IN ('supervisor', 'admin') THEN
        RETURN NEW;
    END IF;
    allowed := kiosk_policy_refund(NEW.payment_id, NEW.idempotency_key);
    IF NEW.amount_minor > allowed THEN
        RAISE EXCEPTION 'a refund of % beyond the policy''s % needs a signed-in supervisor or above (database login %, signed in: %)',
            NEW.amount_minor, allowed, session_user, coalesce(staff.user_name || ' as ' || staff.user_role, 'nobody')
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refunds_amount_guard BEFORE INSERT ON refunds
    FOR EACH ROW EXECUTE FUNCTION kiosk_guard_refund_amount();

-- A kiosk login keeps UPDATE on bookings.updated_at only because PostgreSQL locks a row
-- (check-in, a documents request: SELECT ... FOR UPDATE) only with an UPDATE right; this
-- refuses the update itself. The desk's own rights are not concerned.
CREATE FUNCTION kiosk_guard_kiosk_writes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF kiosk_is_terminal_login() AND NOT pg_has_role(current_user, kiosk_login_group('desk'), 'MEMBER') THEN
        RAISE EXCEPTION 'a kiosk login changes % only through the kiosk_* functions (database login %)',
            TG_TABLE_NAME, session_user USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER bookings_kiosk_writes_guard BEFORE INSERT OR UPDATE OR DELETE ON bookings
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_kiosk_writes();
CREATE TRIGGER booking_lines_kiosk_writes_guard BEFORE INSERT OR UPDATE OR DELETE ON booking_lines
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_kiosk_writes();
CREATE TRIGGER payments_kiosk_writes_guard BEFORE INSERT OR UPDATE OR DELETE ON payments
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_kiosk_writes();

-- The kiosk class reads these tables; the desk adds the direct writes its agents' operations
-- make (applied by kiosk_apply_terminal_grants after this migration).
UPDATE terminal_table_rights SET kiosk_rights = 'SELECT, UPDATE (updated_at)', desk_rights = 'INSERT, UPDATE'
 WHERE table_name = 'bookings';
UPDATE terminal_table_rights SET kiosk_rights = 'SELECT', desk_rights = 'INSERT, UPDATE'
 WHERE table_name IN ('booking_lines', 'payments');

ALTER FUNCTION kiosk_payment_begin(text, text, text, text, text, integer, text, text, text) SECURITY DEFINER;

-- Names resolve in the kiosk's schema only, whoever calls.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema()
                 AND p.proname IN ('kiosk_caller_class', 'kiosk_caller_requires_staff', 'kiosk_refuse_kiosk_class',
                                   'kiosk_stamp_audit_row', 'kiosk_hold', 'kiosk_payment_record', 'kiosk_payment_add',
                                   'kiosk_booking_move', 'kiosk_insert_hold', 'kiosk_take_offer', 'kiosk_extend_hold',
                                   'kiosk_save_contact', 'kiosk_policy_refund', 'kiosk_guard_refund_amount',
                                   'kiosk_guard_kiosk_writes') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
