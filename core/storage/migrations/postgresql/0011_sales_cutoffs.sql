-- When sales close, in minutes before departure, per airline ('' route) or per route of an
-- airline ('DUB-LHR', which wins). Without a row: 60 minutes (core/booking/SalesCutoff).
CREATE TABLE sales_cutoffs (
    carrier         text NOT NULL,
    route           text NOT NULL DEFAULT '',
    closes_minutes  integer NOT NULL CHECK (closes_minutes BETWEEN 0 AND 10080),
    PRIMARY KEY (carrier, route)
);

-- Like the check-in windows: every terminal reads them, only an admin changes them.
CREATE TRIGGER sales_cutoffs_guard BEFORE INSERT OR UPDATE OR DELETE ON sales_cutoffs
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing sales cut-offs');

-- Migration 0010's grants with the new table (every table is a decision; the function is
-- re-run by every migrate). Unchanged otherwise.
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
        ('payments',           'SELECT, INSERT, UPDATE',  NULL,                     NULL),
        ('refund_policies',    'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
        ('refunds',            'SELECT, UPDATE',          'INSERT',                 NULL),
        ('sales_cutoffs',      'SELECT',                  NULL,                     'INSERT, UPDATE, DELETE'),
        ('schema_version',     'SELECT',                  NULL,                     NULL),
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
