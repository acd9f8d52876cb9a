-- Roles enforced by the database (docs/security.md, "Database logins"). A terminal's
-- database login can do no more than its class: kiosk (self-service), desk (agents,
-- supervisors) or ops (administrators, schedule and inventory jobs). The classes are
-- NOLOGIN group roles named <database>_<schema>_<class>, so two systems in one cluster
-- never share one; the operator creates one LOGIN role per terminal and grants it a class.
-- The owner (who runs `kioskctl migrate`) and superusers are not terminal logins.
--
-- What a class may touch is the GRANTs of kiosk_apply_terminal_grants() (re-run by every
-- migrate, so it also covers later tables); what needs a signed-in staff user is checked
-- by triggers against the staff session of the connection: kiosk_sign_in() (SECURITY
-- DEFINER, the only way a terminal reaches password hashes) starts one and returns a
-- token; the program sets it as kiosk.staff_session; only the token's hash is stored.

-- Who may sign in from where: one row per signed-in staff user on a terminal.
CREATE TABLE staff_sessions (
    token_hash  bytea PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    terminal    text NOT NULL,
    login       text NOT NULL DEFAULT session_user,
    started_at  timestamptz NOT NULL DEFAULT now(),
    ended_at    timestamptz
);

-- Salts for unknown user names must look like real ones and stay the same between asks.
CREATE TABLE sign_in_secret (
    id      integer PRIMARY KEY CHECK (id = 1),
    secret  text NOT NULL
);
INSERT INTO sign_in_secret VALUES (1, gen_random_uuid()::text || gen_random_uuid()::text);

-- The database login that wrote each audit row (the program's actor can be any name).
ALTER TABLE access_events ADD COLUMN login text NOT NULL DEFAULT session_user;
ALTER TABLE booking_events ADD COLUMN login text NOT NULL DEFAULT session_user;

CREATE FUNCTION kiosk_login_group(class text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT current_database() || '_' || current_schema() || '_' || class
$$;

-- True for a member of a terminal class; false for the owner and superusers.
CREATE FUNCTION kiosk_is_terminal_login() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT r.rolsuper AND pg_has_role(current_user, kiosk_login_group('kiosk'), 'MEMBER')
      FROM pg_roles r WHERE r.rolname = current_user
$$;

-- The stored "pbkdf2-sha256$rounds$salt" of a user, so the program derives the key (the
-- slow part) and the database compares it; an unknown name gets a salt that looks alike.
CREATE FUNCTION kiosk_password_salt(p_name text, p_rounds integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce(
        (SELECT substring(u.password_hash FROM '^(pbkdf2-sha256\$[0-9]+\$[^$]+)\$')
           FROM users u WHERE u.name = lower(btrim(p_name))),
        'pbkdf2-sha256$' || p_rounds || '$'
            || encode(substr(sha256(convert_to(lower(btrim(p_name)) || s.secret, 'UTF8')), 1, 16), 'base64'))
      FROM sign_in_secret s
$$;

-- One sign-in attempt: counted before the key is compared (parallel guesses get one try
-- each), a lock after p_max failures in a row for p_lock_seconds. A failure is written to
-- the access log here, with what went wrong; the caller learns only that it failed, so a
-- terminal login cannot tell an unknown name from a wrong password either.
CREATE FUNCTION kiosk_sign_in(p_name text, p_key text, p_terminal text, p_max integer, p_lock_seconds integer)
RETURNS TABLE (signed_in boolean, user_role text, token text)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    wanted CONSTANT text := lower(btrim(p_name));
    found_user users%ROWTYPE;
    counted integer;
    failure text;
    new_token text;
BEGIN
    SELECT * INTO found_user FROM users WHERE name = wanted;
    IF NOT FOUND THEN
        failure := 'unknown user';
    ELSIF found_user.disabled THEN
        failure := 'disabled';
    ELSE
        UPDATE users SET
            failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
                                   ELSE failed_attempts + 1 END,
            locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
                                           ELSE failed_attempts + 1 END) >= p_max
                                THEN now() + make_interval(secs => p_lock_seconds) END,
            updated_at = now()
         WHERE id = found_user.id AND (locked_until IS NULL OR locked_until <= now())
        RETURNING failed_attempts INTO counted;
        IF counted IS NULL THEN
            failure := 'locked out';
        ELSIF found_user.password_hash IS DISTINCT FROM
              substring(found_user.password_hash FROM '^(pbkdf2-sha256\$[0-9]+\$[^$]+)\$') || '$' || p_key THEN
            failure := CASE WHEN counted >= p_max THEN 'wrong password; locked out'
                            ELSE format('wrong password (%s in a row)', counted) END;
        END IF;
    END IF;
    IF failure IS NOT NULL THEN
        INSERT INTO access_events (terminal, actor, role, action, target, outcome, detail)
            VALUES (p_terminal, wanted, coalesce(found_user.role, 'kiosk'), 'sign in', wanted, 'failed', failure);
        RETURN QUERY SELECT false, NULL::text, NULL::text;
        RETURN;
    END IF;
    UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = now(), updated_at = now()
     WHERE id = found_user.id;
    new_token := encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex');
    INSERT INTO staff_sessions (token_hash, user_id, terminal)
        VALUES (sha256(convert_to(new_token, 'UTF8')), found_user.id, p_terminal);
    RETURN QUERY SELECT true, found_user.role, new_token;
END $$;

CREATE FUNCTION kiosk_sign_out(p_token text) RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    UPDATE staff_sessions SET ended_at = now()
     WHERE token_hash = sha256(convert_to(p_token, 'UTF8')) AND ended_at IS NULL
$$;

-- The staff user signed in on this connection (kiosk.staff_session), if the session is
-- still open, under 12 hours old (one shift) and the user not disabled since.
CREATE FUNCTION kiosk_staff_user(OUT user_id bigint, OUT user_name text, OUT user_role text)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT u.id, u.name, u.role
      FROM staff_sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = sha256(convert_to(coalesce(current_setting('kiosk.staff_session', true), ''), 'UTF8'))
       AND s.ended_at IS NULL AND s.started_at > now() - interval '12 hours' AND NOT u.disabled
$$;

-- Refuses (SQLSTATE 42501, which the program reports as "not allowed") unless the
-- connection is not a terminal login or its staff user has at least role p_min.
CREATE FUNCTION kiosk_require_staff(p_min text, p_what text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    ranks CONSTANT text[] := ARRAY['kiosk', 'agent', 'supervisor', 'admin'];
    staff record;
BEGIN
    IF NOT kiosk_is_terminal_login() THEN
        RETURN;
    END IF;
    SELECT * INTO staff FROM kiosk_staff_user();
    IF staff.user_role IS NULL OR array_position(ranks, staff.user_role) < array_position(ranks, p_min) THEN
        RAISE EXCEPTION '% needs a signed-in % or above (database login %, signed in: %)',
            p_what, p_min, session_user, coalesce(staff.user_name || ' as ' || staff.user_role, 'nobody')
            USING ERRCODE = '42501';
    END IF;
END $$;

-- Staff rules the database checks itself, whatever SQL a terminal login sends.
CREATE FUNCTION kiosk_guard_users() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    staff record;
BEGIN
    IF TG_OP = 'UPDATE' AND kiosk_is_terminal_login() THEN
        SELECT * INTO staff FROM kiosk_staff_user();
        IF staff.user_id = OLD.id AND NEW.name = OLD.name AND NEW.role = OLD.role AND NEW.disabled = OLD.disabled THEN
            RETURN NEW; -- anyone signed in may set their own password
        END IF;
    END IF;
    PERFORM kiosk_require_staff('admin', 'changing users');
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER users_guard BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION kiosk_guard_users();

-- p_min and the action's words come from the trigger's arguments. Most guards are
-- statement triggers: one check per statement, not one per seat of a schedule import.
CREATE FUNCTION kiosk_guard_staff_action() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kiosk_require_staff(TG_ARGV[0], TG_ARGV[1]);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER refund_policies_guard BEFORE INSERT OR UPDATE OR DELETE ON refund_policies
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing refund policies');
CREATE TRIGGER refunds_guard BEFORE INSERT ON refunds
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('agent', 'refunding');
CREATE TRIGGER bookings_confirmed_guard BEFORE UPDATE OF state ON bookings
    FOR EACH ROW WHEN (OLD.state = 'CONFIRMED' AND NEW.state IS DISTINCT FROM OLD.state)
    EXECUTE FUNCTION kiosk_guard_staff_action('agent', 'cancelling a paid booking');
CREATE TRIGGER seats_blocked_guard BEFORE UPDATE OF blocked ON seats
    FOR EACH ROW WHEN (OLD.blocked IS DISTINCT FROM NEW.blocked)
    EXECUTE FUNCTION kiosk_guard_staff_action('agent', 'blocking seats');
CREATE TRIGGER check_ins_offload_guard BEFORE DELETE ON check_ins
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('agent', 'offloading a passenger');
CREATE TRIGGER disruptions_guard BEFORE UPDATE ON disruptions
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('agent', 'handling a disruption');
CREATE TRIGGER flights_guard BEFORE INSERT OR UPDATE OR DELETE ON flights
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing the schedule');
CREATE TRIGGER seats_guard BEFORE INSERT OR DELETE OR UPDATE OF flight_id, code, seat_row, letter, cabin, features,
    price_minor, currency, deck ON seats
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing an aircraft''s seats');
CREATE TRIGGER airlines_guard BEFORE INSERT OR UPDATE OR DELETE ON airlines
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing airlines');
CREATE TRIGGER airports_guard BEFORE INSERT OR UPDATE OR DELETE ON airports
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing airports');
CREATE TRIGGER check_in_windows_guard BEFORE INSERT OR UPDATE OR DELETE ON check_in_windows
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing check-in windows');
CREATE TRIGGER bag_allowances_guard BEFORE INSERT OR UPDATE OR DELETE ON bag_allowances
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing bag allowances');
CREATE TRIGGER feed_sources_guard BEFORE INSERT OR UPDATE OR DELETE ON feed_sources
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing schedule feeds');
CREATE TRIGGER disruptions_insert_guard BEFORE INSERT OR DELETE ON disruptions
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'recording disruptions');

-- A refund's amount and payment never change after it was written; one passenger of a
-- paid booking is taken off only by an agent.
CREATE FUNCTION kiosk_guard_refund_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF kiosk_is_terminal_login() AND (NEW.amount_minor IS DISTINCT FROM OLD.amount_minor
                                      OR NEW.payment_id IS DISTINCT FROM OLD.payment_id) THEN
        RAISE EXCEPTION 'a refund''s amount and payment cannot be changed (database login %)', session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refunds_update_guard BEFORE UPDATE ON refunds
    FOR EACH ROW EXECUTE FUNCTION kiosk_guard_refund_update();

CREATE FUNCTION kiosk_guard_paid_line() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bookings b WHERE b.id = NEW.booking_id AND b.state = 'CONFIRMED') THEN
        PERFORM kiosk_require_staff('agent', 'cancelling a passenger of a paid booking');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER booking_lines_paid_guard BEFORE UPDATE OF active ON booking_lines
    FOR EACH ROW WHEN (OLD.active AND NOT NEW.active)
    EXECUTE FUNCTION kiosk_guard_paid_line();

-- Audit rows name the staff user of the session and the database login, not whatever
-- the program claims.
CREATE FUNCTION kiosk_stamp_audit_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    staff record;
BEGIN
    IF kiosk_is_terminal_login() THEN
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
CREATE TRIGGER access_events_stamp BEFORE INSERT ON access_events
    FOR EACH ROW EXECUTE FUNCTION kiosk_stamp_audit_row();
CREATE TRIGGER booking_events_stamp BEFORE INSERT ON booking_events
    FOR EACH ROW EXECUTE FUNCTION kiosk_stamp_audit_row();

-- Creates the three classes if missing and grants each exactly its tables. Every table
-- must be listed in `access` (a test fails otherwise): a new table is a decision, not a
-- default. kiosk < desk < ops: each class also has the rights of the one before it.
CREATE FUNCTION kiosk_apply_terminal_grants() RETURNS void
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

-- These functions find their tables and helpers in this schema only: never in a schema
-- or temporary table a caller put first on its search_path.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema()
                 AND (p.prosecdef OR p.proname IN ('kiosk_login_group', 'kiosk_is_terminal_login',
                      'kiosk_require_staff', 'kiosk_guard_users', 'kiosk_guard_staff_action',
                      'kiosk_guard_refund_update', 'kiosk_guard_paid_line', 'kiosk_stamp_audit_row',
                      'kiosk_apply_terminal_grants')) LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;

-- The classes exist from here on: the guards of later migrations' writes ask whether the
-- owner is a member of them, which PostgreSQL cannot answer for a role not made yet (a fresh
-- migrate by an owner that is not a superuser stopped at 0023; added 2026-12-04, it only
-- changes databases that never got past 0023 that way). Every migrate grants again at its end.
SELECT kiosk_apply_terminal_grants();
