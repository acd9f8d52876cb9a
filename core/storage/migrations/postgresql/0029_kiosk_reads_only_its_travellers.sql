-- A kiosk's database login reads travellers' names and contacts only of the bookings its own
-- login made, and of a booking the traveller proves with its reference and a passenger's
-- surname (check-in, taking up a waitlist offer, documents by mail) (issue 14). Until now
-- the kiosk class could SELECT every booking's passenger names, e-mail addresses and phone
-- numbers and every waitlist entry's. Seat maps and availability need no names: the kiosk
-- class keeps SELECT on every other column of bookings, booking_lines and waitlist (column
-- grants, below), so which seat is taken, by which state of booking, stays readable to all.
-- The names and contacts come through SECURITY DEFINER functions that answer NULL to a
-- kiosk login for anyone else's:
--   kiosk_passenger_name(line, search, mrz)      the name on a booking line
--   kiosk_booking_contact(booking, search, mrz)  the booking's e-mail address and phone
--   kiosk_waitlist_personal(entry)               an entry's names and contact (own entries)
-- search and mrz are the typed surname's search key and MRZ spelling (0028's
-- kiosk_booking_proven); empty when the caller proves nothing. Desk and ops logins read
-- everything, as before (they are given table-wide SELECT). A waitlist offer made by a
-- kiosk that cannot read the entry takes its names from the entry (kiosk_insert_hold).
-- SQLite has no logins: the programs read the columns as before there.

-- PassengerName::searchKey as SQL, for the names an offer copies from its entry: accents
-- dropped, lower case, letters and digits, single spaces.
CREATE FUNCTION kiosk_search_key(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT btrim(regexp_replace(regexp_replace(lower(regexp_replace(normalize(coalesce(p_name, ''), NFKD),
                                                                    '[\u0300-\u036f]', '', 'g')),
                                               '[^[:alnum:][:space:]-]', '', 'g'),
                                '[[:space:]-]+', ' ', 'g'))
$$;

-- Whether the caller may read the names and contact of booking p_booking: any desk or ops
-- login and the owner; a kiosk login its own bookings and one it proves.
CREATE FUNCTION kiosk_may_read_booking(p_booking bigint, p_search text, p_mrz text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT kiosk_caller_class() IS DISTINCT FROM 'kiosk'
        OR EXISTS (SELECT 1 FROM bookings b WHERE b.id = p_booking AND b.login = session_user)
        OR kiosk_booking_proven(p_booking, p_search, p_mrz)
$$;

CREATE FUNCTION kiosk_passenger_name(p_line bigint, p_search text, p_mrz text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT l.passenger_name FROM booking_lines l
     WHERE l.id = p_line AND kiosk_may_read_booking(l.booking_id, p_search, p_mrz)
$$;

CREATE FUNCTION kiosk_booking_contact(p_booking bigint, p_search text, p_mrz text, OUT email text, OUT phone text)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT b.contact_email, b.contact_phone FROM bookings b
     WHERE b.id = p_booking AND kiosk_may_read_booking(b.id, p_search, p_mrz)
$$;

-- A waitlist entry's names (JSON) and contact: a kiosk login reads its own entries only.
CREATE FUNCTION kiosk_waitlist_personal(p_entry bigint, OUT passengers text, OUT email text, OUT phone text)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT w.passengers, w.contact_email, w.contact_phone FROM waitlist w
     WHERE w.id = p_entry AND (kiosk_caller_class() IS DISTINCT FROM 'kiosk' OR w.login = session_user)
$$;

-- 0026's kiosk_insert_hold, but a line given without a name takes the name of the waitlist
-- entry the offer is for (key "waitlist-offer-<entry>"), in the entry's order, with its keys
-- made here: a kiosk login making the offer cannot read the entry's names.
CREATE OR REPLACE FUNCTION kiosk_insert_hold(p_flight bigint, p_reference text, p_ttl integer, p_key text,
                                             p_lines json, p_terminal text, p_actor text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    new_id bigint;
    entry_names json := (SELECT w.passengers::json FROM waitlist w WHERE p_key = 'waitlist-offer-' || w.id);
BEGIN
    IF kiosk_caller_class() = 'kiosk' AND NOT (
           p_terminal = 'waitlist' AND p_ttl <= (SELECT s.offer_seconds FROM waitlist_settings s WHERE s.id = 1)
           AND EXISTS (SELECT 1 FROM waitlist w WHERE w.flight_id = p_flight AND w.state = 'waiting'
                                                 AND p_key = 'waitlist-offer-' || w.id)) THEN
        PERFORM kiosk_refuse_kiosk_class('holding seats other than a waitlist offer without kiosk_hold');
    END IF;
    BEGIN
        INSERT INTO bookings (reference, flight_id, state, hold_deadline, total_minor, currency, idempotency_key,
                              terminal, actor, created_at, updated_at)
        SELECT p_reference, p_flight, 'SEAT_HELD', now() + make_interval(secs => p_ttl),
               (SELECT coalesce(sum(s.price_minor), 0) FROM json_array_elements(p_lines) w
                  JOIN seats s ON s.id = (w.value ->> 'seat')::bigint AND s.flight_id = p_flight),
               f.currency, p_key, p_terminal, p_actor, now(), now()
          FROM flights f WHERE f.id = p_flight
        RETURNING id INTO new_id;
    EXCEPTION WHEN unique_violation THEN
        RETURN NULL;
    END;
    INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active, search_key, surname_key)
    SELECT new_id, s.id, n.name, s.price_minor, TRUE,
           CASE WHEN n.given THEN w.value ->> 'search' ELSE kiosk_search_key(n.name) END,
           CASE WHEN n.given THEN w.value ->> 'surname'
                ELSE coalesce(substring(kiosk_search_key(n.name) FROM ' (.*)$'), '') END
      FROM json_array_elements(p_lines) WITH ORDINALITY AS w(value, position)
      CROSS JOIN LATERAL (SELECT coalesce(w.value ->> 'name', '') <> '' AS given,
                                 coalesce(nullif(w.value ->> 'name', ''), entry_names ->> (w.position::int - 1), '')
                                     AS name) n
      JOIN seats s ON s.id = (w.value ->> 'seat')::bigint AND s.flight_id = p_flight
     ORDER BY w.position;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (new_id, 'INITIATED', 'SEAT_HELD', now(), p_terminal, p_actor, 'seats held');
    RETURN new_id;
END $$;

-- The kiosk class reads every column but the personal ones; desk and ops read the tables
-- whole. A migration adding a column to these tables adds it to the kiosk's list if it is
-- not personal (kiosk_apply_terminal_grants applies the text after each migration).
DO $$
DECLARE
    personal CONSTANT jsonb := '{"bookings": ["contact_email", "contact_phone"],
                                 "booking_lines": ["passenger_name", "search_key", "surname_key"],
                                 "waitlist": ["passengers", "contact_email", "contact_phone"]}';
    readable text;
    tbl text;
BEGIN
    FOR tbl IN SELECT jsonb_object_keys(personal) LOOP
        SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position) INTO readable
          FROM information_schema.columns c
         WHERE c.table_schema = current_schema() AND c.table_name = tbl
           AND c.column_name NOT IN (SELECT jsonb_array_elements_text(personal -> tbl));
        UPDATE terminal_table_rights r
           SET kiosk_rights = regexp_replace(r.kiosk_rights, '^SELECT', 'SELECT (' || readable || ')'),
               desk_rights = CASE WHEN r.desk_rights IS NULL THEN 'SELECT' ELSE 'SELECT, ' || r.desk_rights END
         WHERE r.table_name = tbl;
    END LOOP;
END $$;

DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema()
                 AND p.proname IN ('kiosk_search_key', 'kiosk_may_read_booking', 'kiosk_passenger_name',
                                   'kiosk_booking_contact', 'kiosk_waitlist_personal', 'kiosk_insert_hold') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
