-- A hold in one function (issue 21). Since 0037, kiosk_hold_on_sale read the flight and then
-- called kiosk_hold: two SECURITY DEFINER calls per hold, each switching search_path and
-- plan_cache_mode in and out, a nested query with its result set in between, and the flight
-- read twice (once for the answer, once under the lock). Measured on the bench cluster with
-- hold.pgbench, 16 clients, eight runs a side alternated: the server's CPU a hold fell in
-- seven pairs of eight (the eighth level), by 10 % at the median, and holds a second rose by
-- 12 % (docs/benchmarks.md, "A hold in one function").
--
-- kiosk_hold_on_sale now does it all: it reads the flight, its sales cut-off and the clock in
-- the statement that takes the flight's share lock, and then holds as kiosk_hold did (0038),
-- but for two things. A retry under a known idempotency key is answered after that lock (a
-- schedule import changing the flight at that moment delays the answer, not changes it), and
-- after the checks that the flight exists and is on sale, as 0037 answered it. And the seats'
-- occupants are looked up by their keys: with plans made before the sales tables were first
-- analyzed, their join read every booking whenever a seat was taken
-- (HoldStatementsTest.ATakenSeatIsFoundByItsKeysBeforeTheSalesTablesAreAnalyzed).
-- kiosk_hold goes: no program calls it, and a rule kept in two functions drifts.

CREATE OR REPLACE FUNCTION kiosk_hold_on_sale(p_flight bigint, p_seats json, p_ttl integer, p_key text, p_reference text,
                                   p_terminal text, p_actor text, p_standard_closes integer, p_role text,
                                   OUT flight_id bigint, OUT carrier text, OUT number integer, OUT departure_date date,
                                   OUT origin text, OUT destination text, OUT departure_ms bigint,
                                   OUT arrival_ms bigint, OUT aircraft text, OUT currency text, OUT status text,
                                   OUT now_ms bigint, OUT closes_minutes integer, OUT seats_opened_ms bigint,
                                   OUT outcome text, OUT booking_id bigint, OUT hold_deadline_ms bigint,
                                   OUT created_ms bigint, OUT line_ids bigint[], OUT prices bigint[],
                                   OUT cabins text[], OUT detail text[])
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    wanted text[] := ARRAY(SELECT s ->> 'code' FROM json_array_elements(p_seats) s);
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
    -- The flight with its sales cut-off (the route's row, else the airline's, else the
    -- standard the caller passes: SalesCutoff::forFlight's rule) and the server clock, read
    -- under a share lock: a schedule import cancelling the flight waits for this hold, or
    -- this hold for it.
    SELECT f.id, f.carrier, f.number, f.departure_date, f.origin, f.destination,
           CAST(extract(epoch FROM f.departure_at) * 1000 AS bigint), CAST(extract(epoch FROM f.arrival_at) * 1000 AS bigint),
           f.aircraft, f.currency, f.status, CAST(extract(epoch FROM now()) * 1000 AS bigint), c.closes,
           CAST(extract(epoch FROM f.seats_opened_at) * 1000 AS bigint), now() >= f.departure_at - make_interval(mins => c.closes)
      INTO flight_id, carrier, number, departure_date, origin, destination, departure_ms, arrival_ms, aircraft,
           currency, status, now_ms, closes_minutes, seats_opened_ms, sales_closed
      FROM flights f
      CROSS JOIN LATERAL (SELECT coalesce((SELECT c.closes_minutes FROM sales_cutoffs c
                                            WHERE c.carrier = f.carrier AND c.route IN ('', f.origin || '-' || f.destination)
                                            ORDER BY c.route DESC LIMIT 1), p_standard_closes) AS closes) c
     WHERE f.id = p_flight FOR SHARE OF f;
    IF NOT FOUND THEN
        outcome := 'no_flight';
        RETURN;
    ELSIF seats_opened_ms IS NULL THEN -- its seats are not on sale yet (SalesHorizon)
        outcome := 'not_on_sale';
        RETURN;
    END IF;
    flight_currency := currency; -- "currency" alone would also name the seats' column below
    -- A retry under the same key gets its booking, whatever happened to the flight since.
    IF p_key IS NOT NULL THEN
        SELECT b.id INTO booking_id FROM bookings b WHERE b.idempotency_key = p_key;
        IF FOUND THEN
            outcome := 'replayed';
            RETURN;
        END IF;
    END IF;
    IF status = 'CANCELLED' THEN
        outcome := 'cancelled';
        RETURN;
    ELSIF sales_closed THEN
        outcome := 'closed';
        RETURN;
    END IF;
    -- Found by their keys first (a lookup per code), then locked in the order of their ids.
    FOR seat IN SELECT s.id, s.code, s.blocked, s.block_channel FROM seats s
                 WHERE s.id = ANY (ARRAY(SELECT k.id FROM unnest(wanted) AS w(code)
                                         CROSS JOIN LATERAL (SELECT k.id FROM seats k
                                                              WHERE k.flight_id = p_flight AND k.code = w.code OFFSET 0) k))
                 ORDER BY s.id FOR UPDATE LOOP
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
    -- Each seat's active line by its key, and that line's booking by its id, whatever the
    -- statistics say: planned while the sales tables looked small (a new database, before
    -- autovacuum's first ANALYZE), the join read every booking whenever a seat was taken.
    FOR occupant IN SELECT l.booking_id, w.code, (b.state = 'SEAT_HELD' AND b.hold_deadline <= now()) AS lapsed
                      FROM unnest(seat_ids, seat_codes) AS w(seat_id, code)
                     CROSS JOIN LATERAL (SELECT l.booking_id FROM booking_lines l
                                          WHERE l.seat_id = w.seat_id AND l.active OFFSET 0) l
                     CROSS JOIN LATERAL (SELECT b.state, b.hold_deadline FROM bookings b
                                          WHERE b.id = l.booking_id OFFSET 0) b
                     ORDER BY w.seat_id LOOP
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
          CROSS JOIN LATERAL (SELECT k.id, k.price_minor FROM seats k -- by its key, one per traveller
                               WHERE k.flight_id = p_flight AND k.code = w.value ->> 'code' OFFSET 0) s
         ORDER BY w.position
        RETURNING id, seat_id, price_minor)
    SELECT array_agg(a.id ORDER BY a.id), array_agg(a.price_minor ORDER BY a.id),
           array_agg((SELECT s.cabin FROM seats s WHERE s.id = a.seat_id) ORDER BY a.id)
      INTO line_ids, prices, cabins
      FROM added a;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (booking_id, 'INITIATED', 'SEAT_HELD', now(), p_terminal, p_actor, 'seats held');
    outcome := 'held';
END 
$$;

-- CREATE OR REPLACE clears a function's settings: the search_path pinned again, and one
-- generic plan per session, as 0038 set on kiosk_hold.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_hold_on_sale(bigint, json, integer, text, text, text, text, integer, text) '
                   'SET search_path = %I, pg_temp', current_schema());
END $$;
ALTER FUNCTION kiosk_hold_on_sale(bigint, json, integer, text, text, text, text, integer, text)
    SET plan_cache_mode = force_generic_plan;

DROP FUNCTION kiosk_hold(bigint, json, integer, text, text, text, text, integer, text);
