-- A hold in one round trip: kiosk_hold_on_sale reads the flight, its sales cut-off and the
-- server's clock itself and answers with them, so the terminal no longer reads the flight
-- in a statement of its own before every hold (two round trips per hold became one; the
-- flight's key, departure and currency are what the terminal's messages and booking need).
--
-- The cut-off is the route's row ("DUB-LHR"), else the airline's (route ''), else the
-- standard the caller passes (SalesCutoff::StandardClosesMinutes): the rule of
-- SalesCutoff::forFlight, which SQLite's hold and the departures board apply in C++
-- (SalesCutoffTest holds it on both databases). Then it is kiosk_hold (0034), unchanged.

CREATE FUNCTION kiosk_hold_on_sale(p_flight bigint, p_seats json, p_ttl integer, p_key text, p_reference text,
                                   p_terminal text, p_actor text, p_standard_closes integer, p_role text,
                                   OUT flight_id bigint, OUT carrier text, OUT number integer, OUT departure_date date,
                                   OUT origin text, OUT destination text, OUT departure_ms bigint,
                                   OUT arrival_ms bigint, OUT aircraft text, OUT currency text, OUT status text,
                                   OUT now_ms bigint, OUT closes_minutes integer, OUT seats_opened_ms bigint,
                                   OUT outcome text, OUT booking_id bigint, OUT hold_deadline_ms bigint,
                                   OUT created_ms bigint, OUT line_ids bigint[], OUT prices bigint[],
                                   OUT cabins text[], OUT detail text[])
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    SELECT f.id, f.carrier, f.number, f.departure_date, f.origin, f.destination,
           CAST(extract(epoch FROM f.departure_at) * 1000 AS bigint), CAST(extract(epoch FROM f.arrival_at) * 1000 AS bigint),
           f.aircraft, f.currency, f.status, CAST(extract(epoch FROM now()) * 1000 AS bigint),
           coalesce((SELECT c.closes_minutes FROM sales_cutoffs c
                      WHERE c.carrier = f.carrier AND c.route IN ('', f.origin || '-' || f.destination)
                      ORDER BY c.route DESC LIMIT 1), p_standard_closes),
           CAST(extract(epoch FROM f.seats_opened_at) * 1000 AS bigint)
      INTO flight_id, carrier, number, departure_date, origin, destination, departure_ms, arrival_ms, aircraft,
           currency, status, now_ms, closes_minutes, seats_opened_ms
      FROM flights f WHERE f.id = p_flight;
    IF NOT FOUND THEN
        outcome := 'no_flight';
        RETURN;
    ELSIF seats_opened_ms IS NULL THEN -- its seats are not on sale yet (SalesHorizon)
        outcome := 'not_on_sale';
        RETURN;
    END IF;
    SELECT h.outcome, h.booking_id, h.hold_deadline_ms, h.created_ms, h.line_ids, h.prices, h.cabins, h.detail
      INTO outcome, booking_id, hold_deadline_ms, created_ms, line_ids, prices, cabins, detail
      FROM kiosk_hold(p_flight, p_seats, p_ttl, p_key, p_reference, p_terminal, p_actor, closes_minutes, p_role) h;
END $$;

-- Names resolve in the kiosk's schema only, whoever calls (the grants follow from the name:
-- kiosk_apply_terminal_grants, run after every migration).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_hold_on_sale(bigint, json, integer, text, text, text, text, integer, text) '
                   'SET search_path = %I, pg_temp', current_schema());
END $$;
