-- Who is calling, asked without a query (issue 21). A hold's triggers ask
-- kiosk_is_terminal_login() three times and kiosk_caller_class() twice (the guards, the
-- audit stamp, the hold's limits). As 0034 left them, each answer cost 4-4.5 us on the
-- owner's connection and 6-10.5 us on a terminal login (docs/benchmarks.md): a call with
-- its own search_path (which PostgreSQL switches on the way in and out), a nested
-- call of kiosk_login_group, also with its own, and a query of pg_roles for rolsuper.
-- Now each is 0.6-1.3 us, with the same answers:
--
-- - Superuser, without pg_roles: only a superuser may write a system catalog, whatever is
--   granted (PostgreSQL masks INSERT/UPDATE/DELETE on catalogs for everyone else, members
--   of pg_write_all_data included), so has_table_privilege(role, pg_authid, 'UPDATE') is
--   true exactly for superusers. (SELECT would not do: pg_read_all_data grants it.)
-- - Membership first: a superuser is a member of every role, so the superuser question only
--   matters for a member, and the owner (inside the kiosk_* functions) is none. A class
--   not made yet (or dropped by hand) has no members (to_regrole), rather than an error
--   that would fail the write being checked (0010 now makes the classes early, for that).
-- - As SQL functions without a search_path of their own, PostgreSQL inlines them into the
--   caller's expression. Their answer depends on the schema they run in (current_schema()
--   names the groups), which is the caller's: every caller pins its search_path to the
--   kiosk's schema (0026, 0034; KioskWritesLoginTest checks that every function asking
--   them does). Called from elsewhere, they answer for the caller's own schema, which grants
--   nothing. Catalog functions are named with pg_catalog, whatever the path.

CREATE OR REPLACE FUNCTION kiosk_login_group(class text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.current_database() || '_' || pg_catalog.current_schema() || '_' || class
$$;

CREATE OR REPLACE FUNCTION kiosk_is_terminal_login() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(pg_catalog.pg_has_role(current_user, pg_catalog.to_regrole(kiosk_login_group('kiosk')), 'MEMBER'),
                    FALSE)
       AND NOT pg_catalog.has_table_privilege(current_user, 'pg_catalog.pg_authid'::pg_catalog.regclass, 'UPDATE')
$$;

CREATE OR REPLACE FUNCTION kiosk_caller_class() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN NOT coalesce(pg_catalog.pg_has_role(session_user, pg_catalog.to_regrole(kiosk_login_group('kiosk')),
                                                         'MEMBER'), FALSE)
                  OR pg_catalog.has_table_privilege(session_user, 'pg_catalog.pg_authid'::pg_catalog.regclass,
                                                    'UPDATE') THEN NULL
                WHEN pg_catalog.pg_has_role(session_user, kiosk_login_group('ops'), 'MEMBER') THEN 'ops'
                WHEN pg_catalog.pg_has_role(session_user, kiosk_login_group('desk'), 'MEMBER') THEN 'desk'
                ELSE 'kiosk' END
$$;

-- The staff user signed in on this connection, asked twice a hold on a terminal login (the
-- hold's limits, the audit stamp). A connection with no session token (a self-service kiosk,
-- most of the time) has nobody signed in, and is now told so without a query: the hash of ''
-- is no session's (kiosk_sign_in's tokens are 64 hex digits from random UUIDs). Otherwise 0034's.
CREATE OR REPLACE FUNCTION kiosk_staff_user(OUT user_id bigint, OUT user_name text, OUT user_role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    token CONSTANT text := coalesce(current_setting('kiosk.staff_session', true), '');
BEGIN
    IF token = '' THEN
        RETURN;
    END IF;
    SELECT u.id, u.name, u.role INTO user_id, user_name, user_role
      FROM staff_sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = sha256(convert_to(token, 'UTF8'))
       AND s.ended_at IS NULL AND s.started_at > now() - interval '12 hours' AND NOT u.disabled;
END $$;

-- CREATE OR REPLACE clears a function's settings: its search_path pinned again (as in 0034).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_staff_user() SET search_path = %I, pg_temp', current_schema());
END $$;
