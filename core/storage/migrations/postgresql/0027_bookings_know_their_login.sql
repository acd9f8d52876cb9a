-- Bookings record the database login that made them (issue 14), as audit rows do: the
-- terminal name is the program's word, the login is not. A kiosk login then acts only on
-- bookings its own login made, and the hold limits of a terminal login are counted per login,
-- so a kiosk cannot escape them by stating a new terminal name for each hold.
--
-- Bookings made before this migration have no login (NULL): no kiosk login owns them, so
-- only desk and ops logins (and the owner) cancel, pay or change them; any kiosk still
-- expires them once their hold has lapsed. SQLite (no logins) leaves the column NULL.

ALTER TABLE bookings ADD COLUMN login text;
CREATE INDEX bookings_login_unpaid_idx ON bookings (login) WHERE state IN ('SEAT_HELD', 'PAYMENT_PENDING');
CREATE INDEX bookings_login_created_idx ON bookings (login, created_at);

-- Who may write a booking row, by its login. Inserts are stamped with the session's login
-- (a terminal login cannot state another); the owner may state one (tests, repairs). A
-- terminal login never rewrites the stamp, except that a waitlist offer becomes the hold of
-- the login that takes it up (kiosk_take_offer). A kiosk-class caller (directly or through
-- the SECURITY DEFINER functions of 0026) changes another login's booking only as anyone
-- may: expiring a lapsed hold, or settling a payment attempt abandoned past its deadline
-- (the reconciler of every terminal does; kiosk_guard_payment_login below lets only those
-- attempts through, and kiosk_payment_record settles the attempt before it moves the
-- booking, so a PAYMENT_PENDING booking with no open attempt is one being settled). The
-- programs find another terminal's booking "not found" before this.
CREATE FUNCTION kiosk_guard_booking_login() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    caller text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.login IS NULL OR kiosk_caller_class() IS NOT NULL THEN
            NEW.login := session_user;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.state = 'SEAT_HELD' AND OLD.terminal = 'waitlist' AND NEW.terminal IS DISTINCT FROM 'waitlist' THEN
        NEW.login := session_user;
        RETURN NEW;
    END IF;
    IF OLD.login = session_user AND NEW.login IS NOT DISTINCT FROM OLD.login THEN
        RETURN NEW; -- the caller's own booking (no need to ask for its class)
    END IF;
    caller := kiosk_caller_class();
    IF caller IS NOT NULL THEN
        NEW.login := OLD.login;
    END IF;
    IF caller = 'kiosk' AND OLD.login IS DISTINCT FROM session_user
       AND NOT (OLD.state = 'SEAT_HELD' AND NEW.state = 'EXPIRED' AND OLD.hold_deadline <= now())
       AND NOT (OLD.state = 'PAYMENT_PENDING'
                AND NOT EXISTS (SELECT 1 FROM payments p
                                 WHERE p.booking_id = OLD.id AND p.status IN ('PENDING', 'AUTHORIZED'))) THEN
        RAISE EXCEPTION 'booking % was made by another login (%); a kiosk login changes only its own (database login %)',
            OLD.reference, coalesce(OLD.login, 'none, made before logins were recorded'), session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER bookings_login_guard BEFORE INSERT OR UPDATE ON bookings
    FOR EACH ROW EXECUTE FUNCTION kiosk_guard_booking_login();

-- A kiosk-class caller writes a payment only for a booking its login made, except an attempt
-- whose deadline passed, which the reconciler of any terminal settles.
CREATE FUNCTION kiosk_guard_payment_login() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner_login text;
BEGIN
    IF kiosk_caller_class() IS DISTINCT FROM 'kiosk'
       OR (TG_OP = 'UPDATE' AND coalesce(OLD.attempt_deadline, OLD.updated_at) <= now()) THEN
        RETURN NEW;
    END IF;
    SELECT b.login INTO owner_login FROM bookings b WHERE b.id = NEW.booking_id;
    IF owner_login IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'the payments of booking % belong to another login (%); a kiosk login pays only its own (database login %)',
            NEW.booking_id, coalesce(owner_login, 'none'), session_user USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payments_login_guard BEFORE INSERT OR UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION kiosk_guard_payment_login();

-- The hold, 0026's whole but for the count of the limits: on a terminal login it counts the
-- holds of the session's login (bookings.login, stamped by kiosk_guard_booking_login), not
-- those of the terminal name the program states. The owner's login keeps the count by name.
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

-- Names resolve in the kiosk's schema only, whoever calls (CREATE OR REPLACE dropped
-- kiosk_hold's setting of 0026).
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema()
                 AND p.proname IN ('kiosk_guard_booking_login', 'kiosk_guard_payment_login', 'kiosk_hold') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
