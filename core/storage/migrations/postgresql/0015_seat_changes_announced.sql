-- Live seat updates off the selling transaction's commit path (issue: a sale in a few round
-- trips). Since migration 0002 every change to who holds a seat ran pg_notify inside the
-- transaction that made it; PostgreSQL serialises the commits of notifying transactions,
-- which halved what the database could sell. Now the same triggers queue the change as a
-- row of seat_changes (an ordinary insert, rolled back with its transaction), and one
-- terminal per schema, elected by a session-level advisory lock on its listening connection
-- (ChangeListener), announces what was queued every few milliseconds: one transaction that
-- takes the rows and NOTIFYs them, one per flight, on the same channel and payload as before.
-- A rolled-back change is still never announced; a committed one is announced as soon as a
-- terminal listens (a change made while none listens is announced to the first that starts,
-- which then re-reads that flight: harmless).

CREATE TABLE seat_changes (
    id        bigserial PRIMARY KEY,
    flight_id bigint NOT NULL,
    codes     text NOT NULL -- "1A,1B", or '' when the whole flight may have changed
);

CREATE OR REPLACE FUNCTION kiosk_notify_seats(flight bigint, codes text) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO seat_changes (flight_id, codes) VALUES (flight, coalesce(codes, ''));
$$;

-- Takes every queued change and announces it, one notification per flight ("FLIGHT_ID:" when
-- the codes do not fit in a NOTIFY payload, which stops at 8000 bytes); returns how many.
-- SECURITY DEFINER: terminals may only insert into seat_changes, not read or delete it.
CREATE FUNCTION kiosk_announce_seat_changes() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    announced integer := 0;
    change record;
BEGIN
    FOR change IN WITH taken AS (DELETE FROM seat_changes RETURNING flight_id, codes)
                  SELECT flight_id, bool_or(codes = '') AS whole_flight, string_agg(DISTINCT codes, ',') AS codes
                    FROM taken GROUP BY flight_id ORDER BY flight_id LOOP
        PERFORM pg_notify('kiosk_seats_' || current_schema(),
                          change.flight_id::text || ':'
                          || CASE WHEN change.whole_flight OR length(change.codes) > 7000 THEN '' ELSE change.codes END);
        announced := announced + 1;
    END LOOP;
    RETURN announced;
END $$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_announce_seat_changes() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Migration 0013's grants with seat_changes: a terminal's triggers queue into it; only
-- operations may look at the queue (a growing one means no terminal announces), and only the
-- function above takes from it. Unchanged otherwise.
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

    FOR entry IN SELECT * FROM (VALUES
        -- A hold locks its flight (FOR SHARE) and seats (FOR UPDATE), which PostgreSQL allows
        -- only with an UPDATE right: flights_guard and seats_blocked_guard refuse the real
        -- changes without an admin or agent signed in.
        -- table               kiosk                      desk adds                 ops adds
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
        ('sign_in_secret',     NULL,                      NULL,                     NULL)
    ) AS access (table_name, kiosk_rights, desk_rights, ops_rights) LOOP
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
