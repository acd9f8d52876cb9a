-- Help on the kiosk reaches the agents (issue 16): the kiosk's Help button writes a call, the
-- agent workstations show the open ones and an agent answers ("On my way"). A terminal has at
-- most one open call: pressing Help again while staff are coming asks nothing new. A call
-- holds no traveller's data beyond the booking reference of the seats held at that moment.
CREATE TABLE staff_calls (
    id          bigserial PRIMARY KEY,
    terminal    text NOT NULL CHECK (length(terminal) BETWEEN 1 AND 64),
    screen      text NOT NULL CHECK (length(screen) <= 64),
    reference   text CHECK (length(reference) <= 16),
    called_at   timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz,
    answered_by text CHECK (length(answered_by) <= 64),
    CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);
CREATE UNIQUE INDEX staff_calls_one_open_per_terminal ON staff_calls (terminal) WHERE answered_at IS NULL;

-- On a terminal login only a signed-in agent (or above) answers, and the answer carries that
-- user's name, whatever the program claims; nothing but the answer may change.
CREATE FUNCTION kiosk_guard_staff_call_answer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF kiosk_is_terminal_login() THEN
        PERFORM kiosk_require_staff('agent', 'answering a call for help');
        NEW.answered_by := (SELECT user_name FROM kiosk_staff_user());
        NEW.answered_at := now();
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER staff_calls_guard_answer
    BEFORE UPDATE ON staff_calls
    FOR EACH ROW EXECUTE FUNCTION kiosk_guard_staff_call_answer();

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_guard_staff_call_answer() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Kiosks call and see whether their call is answered; agents at the desk answer.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('staff_calls', 'SELECT, INSERT', 'UPDATE (answered_at, answered_by)', 'DELETE');
