-- Limits per terminal (issue: selling fairly), the kiosk's guard against one terminal, or a
-- bot at it, sitting on the inventory: how many unpaid holds a terminal may have at once and
-- how many holds it may place per minute, per role (a desk agent holds for customers and may
-- hold more than a kiosk; NULL: no limit). kiosk_hold checks them in the same statement as
-- the hold. After a declined payment the hold is extended once by the role's
-- decline_extension_seconds, so a traveller can try another card (bookings.hold_extended).
--
-- Also: the rights of the terminal logins (migration 0010) become rows of
-- terminal_table_rights instead of a list inside kiosk_apply_terminal_grants, so a migration
-- that adds a table adds a row instead of rewriting the function.

CREATE TABLE hold_limits (
    role                      text PRIMARY KEY CHECK (role IN ('kiosk', 'agent', 'supervisor', 'admin')),
    max_unpaid_holds          integer CHECK (max_unpaid_holds > 0),
    max_holds_per_minute      integer CHECK (max_holds_per_minute > 0),
    decline_extension_seconds integer NOT NULL CHECK (decline_extension_seconds BETWEEN 0 AND 3600)
);
-- The defaults: a kiosk serves one party at a time (2 leaves room for a party that changes its
-- mind); airlines sell at most 9 seats per booking, the desk serves groups.
INSERT INTO hold_limits (role, max_unpaid_holds, max_holds_per_minute, decline_extension_seconds) VALUES
    ('kiosk', 2, 10, 300),
    ('agent', 10, 60, 300),
    ('supervisor', 20, 120, 300),
    ('admin', NULL, NULL, 300);

ALTER TABLE bookings ADD COLUMN hold_extended boolean NOT NULL DEFAULT FALSE;
-- What the limits count: a terminal's unpaid holds, and its holds of the last minute.
CREATE INDEX bookings_terminal_unpaid_idx ON bookings (terminal) WHERE state IN ('SEAT_HELD', 'PAYMENT_PENDING');
CREATE INDEX bookings_terminal_created_idx ON bookings (terminal, created_at);

-- New outcomes: 'unpaid_limit' (detail: the limit, the epoch ms the first unpaid hold lapses,
-- the role whose limit it is) and 'rate_limit' (detail: the limit, the epoch ms a hold may
-- be placed again, the role). They come
-- after 'replayed' and the seat locks: a retry still gets its booking. Otherwise as in 0014.
DROP FUNCTION kiosk_hold(bigint, json, integer, text, text, text, text, integer);

CREATE FUNCTION kiosk_hold(p_flight bigint, p_seats json, p_ttl integer, p_key text, p_reference text,
                           p_terminal text, p_actor text, p_closes_minutes integer, p_role text,
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
    IF kiosk_is_terminal_login() THEN
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

-- As in 0012: names resolve in the kiosk's schema only, whoever calls.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_hold(bigint, json, integer, text, text, text, text, integer, text) '
                   'SET search_path = %I, pg_temp', current_schema());
END $$;

-- Which rights each terminal class has on each table: the desk has the kiosk's and adds its
-- own, operations has the desk's and adds its own (NULL: nothing more). A table without a row
-- is closed to every terminal login. Applied by kiosk_apply_terminal_grants after each
-- migration; a migration adding a table inserts its row here.
CREATE TABLE terminal_table_rights (
    table_name   text PRIMARY KEY,
    kiosk_rights text,
    desk_rights  text,
    ops_rights   text
);
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    -- A hold locks its flight (FOR SHARE) and seats (FOR UPDATE), which PostgreSQL allows
    -- only with an UPDATE right: flights_guard and seats_blocked_guard refuse the real
    -- changes without an admin or agent signed in.
    ('access_events',      'INSERT, SELECT (terminal, action, outcome, at)', 'SELECT', NULL),
    ('airlines',           'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
    ('airports',           'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
    ('bag_allowances',     'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
    ('bag_tag_serials',    'SELECT, INSERT, UPDATE',  NULL,                     NULL),
    ('bags',               'SELECT, INSERT',          NULL,                     'DELETE'),
    ('booking_events',     'SELECT, INSERT',          NULL,                     NULL),
    ('booking_lines',      'SELECT, INSERT, UPDATE',  NULL,                     'DELETE'),
    ('bookings',           'SELECT, INSERT, UPDATE',  NULL,                     'DELETE'),
    ('check_in_sequences', 'SELECT, INSERT, UPDATE',  NULL,                     NULL),
    ('check_in_windows',   'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
    ('check_ins',          'SELECT, INSERT',          'DELETE',                 NULL),
    ('disruptions',        'SELECT',                  'UPDATE',                 'INSERT, DELETE'),
    ('feed_sources',       NULL,                      NULL,                     'SELECT, INSERT, UPDATE, DELETE'),
    ('flights',            'SELECT, UPDATE (status)', NULL,                     'INSERT, UPDATE, DELETE'),
    ('outbox',             NULL,                      NULL,                     'SELECT, INSERT, UPDATE, DELETE'),
    ('payments',           'SELECT, INSERT, UPDATE',  NULL,                     NULL),
    ('refund_policies',    'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
    ('refunds',            'SELECT, UPDATE',          'INSERT',                 NULL),
    ('sales_cutoffs',      'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
    ('schema_version',     'SELECT',                  NULL,                     NULL),
    ('seat_changes',       'INSERT',                  NULL,                     'SELECT'),
    ('seats',              'SELECT, UPDATE (blocked)', NULL,                    'INSERT, UPDATE, DELETE'),
    ('users',              NULL,                      'SELECT (id, name, role, disabled, failed_attempts, locked_until, last_sign_in_at, created_at, updated_at), UPDATE (password_hash, failed_attempts, locked_until, updated_at)',
                                                                                    'INSERT, UPDATE, DELETE'),
    ('staff_sessions',     NULL,                      NULL,                     NULL),
    ('sign_in_secret',     NULL,                      NULL,                     NULL),
    -- kiosk_hold reads the limits of its caller's role.
    ('hold_limits',        'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE');

CREATE OR REPLACE FUNCTION kiosk_apply_terminal_grants() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    kiosk_group CONSTANT text := kiosk_login_group('kiosk');
    desk_group CONSTANT text := kiosk_login_group('desk');
    ops_group CONSTANT text := kiosk_login_group('ops');
    class_group text;
    entry record;
BEGIN
    FOREACH class_group IN ARRAY ARRAY[kiosk_group, desk_group, ops_group] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = class_group) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', class_group);
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'cannot create the database role %: run kioskctl migrate once with a login that has CREATEROLE, or create the NOLOGIN roles %, %, % by hand',
                    class_group, kiosk_group, desk_group, ops_group USING ERRCODE = '42501';
            END;
        END IF;
    END LOOP;
    IF NOT pg_has_role(desk_group, kiosk_group, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', kiosk_group, desk_group);
    END IF;
    IF NOT pg_has_role(ops_group, desk_group, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', desk_group, ops_group);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), kiosk_group);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), kiosk_group);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I, %I, %I',
                   current_schema(), kiosk_group, desk_group, ops_group);
    -- Our functions only: another application's functions in the same schema keep theirs.
    FOR entry IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = current_schema() AND p.proname LIKE 'kiosk\_%' LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', entry.fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', entry.fn, kiosk_group);
    END LOOP;

    FOR entry IN SELECT * FROM terminal_table_rights LOOP
        IF entry.kiosk_rights IS NOT NULL THEN
            EXECUTE format('GRANT %s ON %I TO %I', entry.kiosk_rights, entry.table_name, kiosk_group);
        END IF;
        IF entry.desk_rights IS NOT NULL THEN
            EXECUTE format('GRANT %s ON %I TO %I', entry.desk_rights, entry.table_name, desk_group);
        END IF;
        IF entry.ops_rights IS NOT NULL THEN
            EXECUTE format('GRANT %s ON %I TO %I', entry.ops_rights, entry.table_name, ops_group);
        END IF;
    END LOOP;
END $$;

-- CREATE OR REPLACE resets the function's settings: it finds its helpers in this schema only.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_apply_terminal_grants() SET search_path = %I, pg_temp', current_schema());
END $$;
