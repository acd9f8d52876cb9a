-- Notification outbox (issue 19). A booking's contact details are optional (validated in
-- core/notify/ContactDetails); a traveller hears about the changes that matter to them through
-- a row written here by a trigger IN THE SAME TRANSACTION as the change: a rolled-back change
-- sends nothing, a committed one is never forgotten, and every path that confirms or cancels a
-- booking (the sale's one-call functions of 0012, agents, the reconciler) is covered without a
-- round trip more. The dispatcher (core/notify/OutboxDispatcher) claims due rows with
-- FOR UPDATE SKIP LOCKED, sends them by SMTP and marks them sent, retried or dead.
ALTER TABLE bookings ADD COLUMN contact_email text CHECK (length(contact_email) <= 254),
                     ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 32);

CREATE TABLE outbox (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded')),
    booking_id      bigint REFERENCES bookings ON DELETE CASCADE,
    reference       char(6) NOT NULL,
    recipient       text NOT NULL,
    -- What the message says, as the booking was at the change (JSON, rendered by the dispatcher).
    details         text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0,
    -- Due time; while a dispatcher sends a row it is its lease (a crashed dispatcher's row
    -- becomes due again: delivery is at least once).
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    last_error      text,
    sent_at         timestamptz,
    message_id      text
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_booking_idx ON outbox (booking_id);

-- Runs as the owner: terminal logins write the row through this trigger but cannot read the
-- table. Passengers are listed for a confirmation only (a cancellation releases the seats).
CREATE FUNCTION kiosk_queue_booking_notice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details)
    SELECT 'booking_' || lower(NEW.state), NEW.id, NEW.reference, NEW.contact_email,
           jsonb_build_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', (extract(epoch FROM f.departure_at) * 1000)::bigint,
               'time_zone', a.time_zone,
               'total_minor', NEW.total_minor, 'currency', NEW.currency,
               'passengers', coalesce((SELECT jsonb_agg(jsonb_build_object('name', l.passenger_name, 'seat', s.code)
                                                        ORDER BY s.code)
                                         FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                        WHERE l.booking_id = NEW.id AND l.active AND NEW.state = 'CONFIRMED'),
                                      '[]'::jsonb))::text
      FROM flights f JOIN airports a ON a.iata = f.origin
     WHERE f.id = NEW.flight_id;
    RETURN NULL;
END $$;

CREATE TRIGGER bookings_queue_notice
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state
                       AND NEW.state IN ('CONFIRMED', 'CANCELLED', 'REFUNDED')
                       AND NEW.contact_email IS NOT NULL)
    EXECUTE FUNCTION kiosk_queue_booking_notice();

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_queue_booking_notice() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Migration 0011's grants with the outbox (every table is a decision; the function is re-run
-- by every migrate). The outbox holds travellers' addresses and names: no terminal class
-- reads it, only operations (the dispatcher, outbox list/retry). Unchanged otherwise.
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
