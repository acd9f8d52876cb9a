-- "E-mail it to me" on the kiosk's receipt and boarding pass screens (and kioskctl receipt /
-- boarding-pass --email): a terminal writes a request row, and the database writes the
-- message to the booking's stored contact address only, never to one a terminal gives (a
-- kiosk must not relay someone's documents elsewhere). Terminals still cannot read the
-- outbox; DocumentMailer limits requests per booking and document from the rows below,
-- counted under the booking's row lock.
CREATE TABLE document_requests (
    id           bigserial PRIMARY KEY,
    booking_id   bigint NOT NULL REFERENCES bookings ON DELETE CASCADE,
    document     text NOT NULL CHECK (document IN ('receipt', 'boarding_pass')),
    seats        text NOT NULL DEFAULT '', -- boarding passes: the passengers' seats, comma-separated
    requested_at timestamptz NOT NULL DEFAULT now(),
    terminal     text NOT NULL,
    actor        text NOT NULL
);
CREATE INDEX document_requests_booking_idx ON document_requests (booking_id, document, requested_at);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('booking_confirmed', 'booking_cancelled', 'booking_refunded', 'waitlist_offer',
                    'booking_checked_in', 'flight_disrupted', 'documents_requested'));

-- The message: which document, the flight, and for boarding passes the checked-in passengers
-- of the seats asked for (as the check-in message names them, so print/MailDocuments attaches
-- theirs).
CREATE FUNCTION kiosk_queue_documents() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO outbox (kind, booking_id, reference, recipient, details)
    SELECT 'documents_requested', b.id, b.reference, b.contact_email,
           jsonb_build_object(
               'document', NEW.document,
               'flight', f.carrier || ' ' || f.number,
               'origin', f.origin, 'destination', f.destination,
               'departure_ms', (extract(epoch FROM f.departure_at) * 1000)::bigint,
               'time_zone', a.time_zone,
               'passengers', coalesce((SELECT jsonb_agg(jsonb_build_object('name', l.passenger_name, 'seat', s.code,
                                                                           'sequence', c.sequence) ORDER BY s.code)
                                         FROM booking_lines l JOIN seats s ON s.id = l.seat_id
                                         LEFT JOIN check_ins c ON c.line_id = l.id
                                        WHERE l.booking_id = b.id AND l.active
                                          AND (NEW.document = 'receipt'
                                               OR (c.line_id IS NOT NULL
                                                   AND s.code = ANY (string_to_array(NEW.seats, ','))))),
                                      '[]'::jsonb))::text
      FROM bookings b JOIN flights f ON f.id = b.flight_id JOIN airports a ON a.iata = f.origin
     WHERE b.id = NEW.booking_id AND b.contact_email IS NOT NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER document_requests_queue_mail
    AFTER INSERT ON document_requests
    FOR EACH ROW EXECUTE FUNCTION kiosk_queue_documents();

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_queue_documents() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Kiosks ask for their travellers' documents and count the asks; operations may clear them.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('document_requests', 'SELECT, INSERT', NULL, 'DELETE');
