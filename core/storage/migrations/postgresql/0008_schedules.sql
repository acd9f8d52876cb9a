-- Imported schedules (SSIM, feeds): a flight is one leg, identified by designator, local
-- departure date and departure station, so the legs of a multi-leg flight are flights
-- of their own. A flight is never deleted by an import: a leg gone from the schedule is
-- CANCELLED. `source` owns the flight ('demo', 'ssim:XX', 'feed:NAME'): no other source
-- changes it. The aircraft as the schedule gave it (IATA type and configuration) sits
-- beside the layout its seats came from, and whether that layout was generated.
ALTER TABLE flights ADD COLUMN status text NOT NULL DEFAULT 'SCHEDULED'
    CHECK (status IN ('SCHEDULED', 'CANCELLED'));
ALTER TABLE flights ADD COLUMN source text NOT NULL DEFAULT 'demo';
ALTER TABLE flights ADD COLUMN iata_aircraft text;
ALTER TABLE flights ADD COLUMN configuration text;
ALTER TABLE flights ADD COLUMN layout_generated boolean NOT NULL DEFAULT false;
ALTER TABLE flights DROP CONSTRAINT flights_carrier_number_departure_date_key;
ALTER TABLE flights ADD CONSTRAINT flights_leg_key UNIQUE (carrier, number, departure_date, origin);
-- An import reads the legs of its source within its period.
CREATE INDEX flights_source_date_idx ON flights (source, departure_date);

-- What a schedule change did to a booking, written in the transaction of the change, for
-- an agent to act on: CANCELLED (the flight), RETIMED (beyond the import's threshold),
-- SEAT_MOVED (equipment change, another seat in the same cabin), NO_SEAT (no seat left
-- in the cabin: an agent must decide). Handling is recorded, never deleted.
CREATE TABLE disruptions (
    id              bigserial PRIMARY KEY,
    booking_id      bigint NOT NULL REFERENCES bookings,
    flight_id       bigint NOT NULL REFERENCES flights,
    kind            text NOT NULL CHECK (kind IN ('CANCELLED', 'RETIMED', 'SEAT_MOVED', 'NO_SEAT')),
    detail          text NOT NULL,
    passenger_name  text,
    old_seat        text,
    new_seat        text,
    source          text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    handled_at      timestamptz,
    handled_by      text,
    handled_note    text
);
CREATE INDEX disruptions_flight_idx ON disruptions (flight_id, id);
CREATE INDEX disruptions_open_idx ON disruptions (id) WHERE handled_at IS NULL;

-- The last ETag each feed source answered with, for If-None-Match on the next fetch.
CREATE TABLE feed_sources (
    source      text PRIMARY KEY,
    url         text NOT NULL,
    etag        text,
    fetched_at  timestamptz NOT NULL DEFAULT now()
);

-- A schedule change to a flight (cancelled, reinstated, retimed) reaches the terminals
-- showing it at once, on the channel of seat changes ("FLIGHT_ID:": re-read the flight).
CREATE FUNCTION kiosk_flight_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kiosk_notify_seats(NEW.id, '');
    RETURN NULL;
END $$;

CREATE TRIGGER flights_notify_schedule
    AFTER UPDATE OF status, departure_at, arrival_at, destination ON flights
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.departure_at IS DISTINCT FROM NEW.departure_at
                       OR OLD.arrival_at IS DISTINCT FROM NEW.arrival_at
                       OR OLD.destination IS DISTINCT FROM NEW.destination)
    EXECUTE FUNCTION kiosk_flight_changed();
