-- Waitlists of full cabins (issue 19). An entry waits in order of joining; when seats come
-- free, WaitlistOfferer holds them for the first entry that fits as an ordinary SEAT_HELD
-- booking (idempotency key "waitlist-offer-<id>") and links it here. The database keeps the
-- entry in step with its offer (paid: accepted; lapsed or cancelled: lapsed, and the seats go
-- to the next entry) and writes the traveller's e-mail in the same transaction as the offer.
CREATE TABLE waitlist (
    id            bigserial PRIMARY KEY,
    flight_id     bigint NOT NULL REFERENCES flights ON DELETE CASCADE,
    cabin         char(1) NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    -- JSON array of names, one per seat wanted.
    passengers    text NOT NULL,
    seats         smallint NOT NULL CHECK (seats BETWEEN 1 AND 9),
    contact_email text NOT NULL CHECK (length(contact_email) <= 254),
    contact_phone text CHECK (length(contact_phone) <= 32),
    state         text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'offered', 'accepted', 'lapsed', 'left')),
    booking_id    bigint UNIQUE REFERENCES bookings ON DELETE SET NULL,
    terminal      text NOT NULL,
    actor         text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX waitlist_waiting_idx ON waitlist (flight_id, id) WHERE state = 'waiting';
-- One place in line per address, flight and cabin.
CREATE UNIQUE INDEX waitlist_one_entry_per_contact ON waitlist (flight_id, cabin, lower(contact_email))
    WHERE state IN ('waiting', 'offered');

-- How long an offer holds its seats (one row; kioskctl waitlist settings).
CREATE TABLE waitlist_settings (
    id            integer PRIMARY KEY CHECK (id = 1),
    offer_seconds integer NOT NULL CHECK (offer_seconds BETWEEN 300 AND 259200)
);
INSERT INTO waitlist_settings (id, offer_seconds) VALUES (1, 7200);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded', 'waitlist_offer'));

-- The offer's message, written as the entry becomes 'offered' (the owner's right: terminals
-- cannot read the outbox).
CREATE FUNCTION kiosk_queue_waitlist_offer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details)
    SELECT 'waitlist_offer', b.id, b.reference, NEW.contact_email,
           jsonb_build_object(
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', (extract(epoch FROM f.departure_at) * 1000)::bigint,
               'time_zone', a.time_zone,
               'total_minor', b.total_minor, 'currency', b.currency,
               'deadline_ms', (extract(epoch FROM b.hold_deadline) * 1000)::bigint,
               'passengers', coalesce((SELECT jsonb_agg(jsonb_build_object('name', l.passenger_name, 'seat', s.code)
                                                        ORDER BY s.code)
                                         FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                        WHERE l.booking_id = b.id AND l.active), '[]'::jsonb))::text
      FROM bookings b JOIN flights f ON f.id = b.flight_id JOIN airports a ON a.iata = f.origin
     WHERE b.id = NEW.booking_id;
    RETURN NULL;
END $$;

CREATE TRIGGER waitlist_queue_offer
    AFTER UPDATE OF state ON waitlist
    FOR EACH ROW WHEN (OLD.state = 'waiting' AND NEW.state = 'offered')
    EXECUTE FUNCTION kiosk_queue_waitlist_offer();

-- The entry follows its offer, whichever path moved the booking (a kiosk's payment, the
-- reconciler, an expiry inside another terminal's hold).
CREATE FUNCTION kiosk_follow_waitlist_offer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    UPDATE waitlist
       SET state = CASE NEW.state WHEN 'CONFIRMED' THEN 'accepted' ELSE 'lapsed' END, updated_at = now()
     WHERE booking_id = NEW.id AND state = 'offered';
    RETURN NULL;
END $$;

CREATE TRIGGER bookings_follow_waitlist_offer
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state
                       AND NEW.state IN ('CONFIRMED', 'EXPIRED', 'CANCELLED'))
    EXECUTE FUNCTION kiosk_follow_waitlist_offer();

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_queue_waitlist_offer() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kiosk_follow_waitlist_offer() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Terminals join and make offers (any terminal that frees seats makes the offers they allow);
-- the desk's agents withdraw entries; operations may do anything.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('waitlist',          'SELECT, INSERT, UPDATE (state, booking_id, updated_at)', NULL, 'UPDATE, DELETE'),
    ('waitlist_settings', 'SELECT',                                                 NULL, 'UPDATE');
