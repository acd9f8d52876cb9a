-- Cheaper checks of who is calling (issue 21). Every write to bookings, booking_lines,
-- payments and the audit tables asks kiosk_is_terminal_login() or kiosk_caller_class() in
-- its triggers, five to eight times per hold. They were SQL functions with a pinned
-- search_path, which PostgreSQL never inlines and parses and plans again in every
-- transaction (a query over the pg_roles view each time): 65-225 us a call, about a
-- quarter of a hold's server time (docs/benchmarks.md, "Hold only"). As PL/pgSQL they keep
-- their plans for the session: 14-24 us. Same answers, same pinned search_path, same
-- rights: CREATE OR REPLACE keeps the owner and the grants, and the DO block at the end pins
-- the search_path again, which CREATE OR REPLACE clears. The membership itself is still
-- asked every time, not cached: a terminal login could forge any cache it can write.
-- kiosk_staff_user and kiosk_notify_seats (a trigger's insert per booking line) likewise.
--
-- And kiosk_hold runs the release of lapsed holds only when one of its seats had one:
-- three statements and their statement triggers fewer for most holds. kiosk_payment_begin
-- found the booking by comparing reference (character(6)) with its text parameter, which
-- casts the column and cannot use the unique index: every payment read the whole bookings
-- table (HoldStatementsTest.AHoldAndItsPaymentReadNoSalesTableWhole now catches one).

CREATE OR REPLACE FUNCTION kiosk_login_group(class text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN current_database() || '_' || current_schema() || '_' || class;
END $$;

CREATE OR REPLACE FUNCTION kiosk_is_terminal_login() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT NOT r.rolsuper AND pg_has_role(current_user, kiosk_login_group('kiosk'), 'MEMBER')
              FROM pg_roles r WHERE r.rolname = current_user);
END $$;

CREATE OR REPLACE FUNCTION kiosk_caller_class() RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT CASE WHEN r.rolsuper OR NOT pg_has_role(session_user, kiosk_login_group('kiosk'), 'MEMBER') THEN NULL
                        WHEN pg_has_role(session_user, kiosk_login_group('ops'), 'MEMBER') THEN 'ops'
                        WHEN pg_has_role(session_user, kiosk_login_group('desk'), 'MEMBER') THEN 'desk'
                        ELSE 'kiosk' END
              FROM pg_roles r WHERE r.rolname = session_user);
END $$;

CREATE OR REPLACE FUNCTION kiosk_staff_user(OUT user_id bigint, OUT user_name text, OUT user_role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    SELECT u.id, u.name, u.role INTO user_id, user_name, user_role
      FROM staff_sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = sha256(convert_to(coalesce(current_setting('kiosk.staff_session', true), ''), 'UTF8'))
       AND s.ended_at IS NULL AND s.started_at > now() - interval '12 hours' AND NOT u.disabled;
END $$;

CREATE OR REPLACE FUNCTION kiosk_notify_seats(flight bigint, codes text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO seat_changes (flight_id, codes) VALUES (flight, coalesce(codes, ''));
END $$;

-- 0030's hold, but for the release of lapsed holds, now only when there is one.
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
    counted_login text; -- NULL: counted by the stated terminal name (the owner's login)
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

    FOR seat IN SELECT s.id, s.code, s.blocked, s.block_channel FROM seats s
                 WHERE s.flight_id = p_flight AND s.code = ANY (wanted) ORDER BY s.id FOR UPDATE LOOP
        IF seat.blocked AND NOT (seat.block_channel IS NOT DISTINCT FROM 'desk' AND kiosk_sells_desk_seats(p_role)) THEN
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
    -- whatever the program claims; and the terminal is the login, whatever name it states.
    IF kiosk_caller_class() IS NOT NULL THEN
        p_role := coalesce((SELECT s.user_role FROM kiosk_staff_user() s), 'kiosk');
        counted_login := session_user;
    END IF;
    SELECT h.max_unpaid_holds, h.max_holds_per_minute INTO limits FROM hold_limits h WHERE h.role = p_role;
    IF (limits.max_unpaid_holds IS NOT NULL OR limits.max_holds_per_minute IS NOT NULL) AND counted_login IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('kiosk_terminal_holds.' || current_schema() || '.' || p_terminal));
        SELECT count(*), min(b.hold_deadline) INTO unpaid, first_deadline FROM bookings b
         WHERE b.terminal = p_terminal AND b.state IN ('SEAT_HELD', 'PAYMENT_PENDING')
           AND (b.state = 'PAYMENT_PENDING' OR b.hold_deadline > now());
        SELECT count(*), min(b.created_at) INTO recent, oldest_recent FROM bookings b
         WHERE b.terminal = p_terminal AND b.created_at > now() - interval '1 minute';
    ELSIF limits.max_unpaid_holds IS NOT NULL OR limits.max_holds_per_minute IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('kiosk_login_holds.' || current_schema() || '.' || counted_login));
        SELECT count(*), min(b.hold_deadline) INTO unpaid, first_deadline FROM bookings b
         WHERE b.login = counted_login AND b.state IN ('SEAT_HELD', 'PAYMENT_PENDING')
           AND (b.state = 'PAYMENT_PENDING' OR b.hold_deadline > now());
        SELECT count(*), min(b.created_at) INTO recent, oldest_recent FROM bookings b
         WHERE b.login = counted_login AND b.created_at > now() - interval '1 minute';
    END IF;
    IF limits.max_unpaid_holds IS NOT NULL OR limits.max_holds_per_minute IS NOT NULL THEN
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
    IF cardinality(lapsed) > 0 THEN -- most holds release nothing: no statement, no trigger
        FOR released IN UPDATE bookings b SET state = 'EXPIRED', updated_at = now()
                         WHERE b.id = ANY (lapsed) AND b.state = 'SEAT_HELD' RETURNING b.reference LOOP
            detail := detail || released;
        END LOOP;
        UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = ANY (lapsed) AND l.active;
        INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
        SELECT b.id, 'SEAT_HELD', 'EXPIRED', now(), p_terminal, p_actor, 'hold deadline passed; released for a new hold'
          FROM bookings b WHERE b.id = ANY (lapsed) AND b.reference = ANY (detail);
    END IF;

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

-- 0031's kiosk_payment_begin, but for the booking found by its unique index.
CREATE OR REPLACE FUNCTION kiosk_payment_begin(p_reference text, p_owner_terminal text, p_owner_actor text, p_brand text,
                                               p_last4 text, p_attempt_seconds integer, p_gateway text, p_terminal text,
                                               p_actor text,
                                               OUT outcome text, OUT booking_id bigint, OUT state text,
                                               OUT hold_deadline_ms bigint, OUT total_minor bigint, OUT currency text,
                                               OUT payment_id bigint, OUT payment_key text)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    lapsed boolean;
    attempts bigint;
BEGIN
    SELECT b.id, b.state, CAST(extract(epoch FROM b.hold_deadline) * 1000 AS bigint), b.total_minor, b.currency,
           b.hold_deadline <= now()
      INTO booking_id, state, hold_deadline_ms, total_minor, currency, lapsed
      FROM bookings b WHERE b.reference = p_reference::bpchar -- the column's type: by its unique index
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
            CASE WHEN coalesce(p_last4, '') = '' THEN 'payment submitted (card terminal)'
                 ELSE format('payment submitted (%s ending %s)', p_brand, p_last4) END);
    SELECT count(*) INTO attempts FROM payments p WHERE p.booking_id = kiosk_payment_begin.booking_id;
    payment_key := p_reference || '-pay-' || (attempts + 1);
    INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, card_brand, card_last4,
                          attempt_deadline, created_at, updated_at, gateway)
    VALUES (booking_id, payment_key, 'PENDING', total_minor, currency, p_brand, p_last4,
            now() + make_interval(secs => p_attempt_seconds), now(), now(), p_gateway)
    RETURNING id INTO payment_id;
    outcome := 'pending';
END $$;

DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema()
                 AND p.proname IN ('kiosk_login_group', 'kiosk_is_terminal_login', 'kiosk_caller_class',
                                   'kiosk_staff_user', 'kiosk_notify_seats', 'kiosk_hold',
                                   'kiosk_payment_begin') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
