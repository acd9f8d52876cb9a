-- Opening flights for sale (migration 0023) as one database call that checks who asks. The
-- seats it makes and the flights it stamps are guarded by flights_guard and seats_guard
-- (migration 0010: a signed-in admin), so before this an agent opening one flight for a
-- customer from a desk login was refused by the database, and the opener needed the owner.
-- kiosk_open_sales (SECURITY DEFINER: it writes as the owner, past those guards) lets a
-- terminal login open one flight (p_flight) with a desk login and a signed-in agent or
-- above, or up to p_batch flights departing within p_opens_days (p_flight NULL) with an ops
-- login and a signed-in admin; the owner and superusers, as everywhere. A refusal is
-- SQLSTATE 42501 and changes nothing. SQLite runs the same steps as statements (SaleOpening).
--
-- The flights are stamped first, in id order (row locks: a second opener waits, then finds
-- them open, as an import locking its legs does); only those stamped here get seats.
CREATE FUNCTION kiosk_open_sales(p_flight bigint, p_opens_days integer, p_batch integer,
                                 OUT opened_flights integer, OUT opened_seats bigint)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ranks CONSTANT text[] := ARRAY['kiosk', 'agent', 'supervisor', 'admin'];
    -- Inside this function current_user is the owner; the caller is the session's login.
    caller CONSTANT name := session_user;
    needed_class CONSTANT text := CASE WHEN p_flight IS NULL THEN 'ops' ELSE 'desk' END;
    needed_login CONSTANT text := CASE WHEN p_flight IS NULL THEN 'an ops' ELSE 'a desk' END;
    needed_role CONSTANT text := CASE WHEN p_flight IS NULL THEN 'admin' ELSE 'agent' END;
    staff record;
    opened bigint[];
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = caller)
       AND pg_has_role(caller, kiosk_login_group('kiosk'), 'MEMBER') THEN
        SELECT * INTO staff FROM kiosk_staff_user();
        IF NOT pg_has_role(caller, kiosk_login_group(needed_class), 'MEMBER') OR staff.user_role IS NULL
           OR array_position(ranks, staff.user_role) < array_position(ranks, needed_role) THEN
            RAISE EXCEPTION '% needs % login with a signed-in % or above (database login %, signed in: %)',
                CASE WHEN p_flight IS NULL THEN 'opening the flights entering the sales horizon'
                     ELSE 'opening a flight for sale' END,
                needed_login, needed_role, caller, coalesce(staff.user_name || ' as ' || staff.user_role, 'nobody')
                USING ERRCODE = '42501';
        END IF;
    END IF;

    IF p_flight IS NULL THEN
        WITH marked AS (
            UPDATE flights f SET seats_opened_at = now()
             WHERE f.id IN (SELECT u.id FROM flights u
                             WHERE u.seats_opened_at IS NULL
                               AND u.departure_at <= now() + make_interval(hours => 24 * p_opens_days)
                             ORDER BY u.id LIMIT greatest(p_batch, 1) FOR UPDATE)
               AND f.seats_opened_at IS NULL
            RETURNING f.id)
        SELECT array_agg(m.id) INTO opened FROM marked m;
    ELSE
        WITH marked AS (
            UPDATE flights f SET seats_opened_at = now()
             WHERE f.id IN (SELECT u.id FROM flights u WHERE u.id = p_flight AND u.seats_opened_at IS NULL FOR UPDATE)
               AND f.seats_opened_at IS NULL
            RETURNING f.id)
        SELECT array_agg(m.id) INTO opened FROM marked m;
    END IF;
    opened_flights := coalesce(cardinality(opened), 0);
    opened_seats := 0;
    IF opened_flights = 0 THEN
        RETURN;
    END IF;
    -- An earlier batch of the caller's transaction has its seats already.
    INSERT INTO seats (flight_id, code, seat_row, letter, cabin, features, price_minor, currency, blocked, deck)
    SELECT fl.id, l.code, l.seat_row, l.letter, l.cabin, l.features, fa.price_minor, fa.currency, l.blocked, l.deck
      FROM flights fl
      JOIN flight_fares fa ON fa.flight_id = fl.id
      JOIN layout_seats l ON l.layout_key = fa.layout_key AND l.cabin = fa.cabin AND l.extra_legroom = fa.extra_legroom
     WHERE fl.id = ANY (opened) AND NOT EXISTS (SELECT 1 FROM seats s WHERE s.flight_id = fl.id)
     ORDER BY fl.id, l.position;
    GET DIAGNOSTICS opened_seats = ROW_COUNT;
END $$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_open_sales(bigint, integer, integer) SET search_path = %I, pg_temp',
                   current_schema());
END $$;
