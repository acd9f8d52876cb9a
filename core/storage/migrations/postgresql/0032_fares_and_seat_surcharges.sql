-- Fares and seat surcharges (issue 18, item 2). A seat sells for its cabin's fare plus the
-- surcharges of its characteristics (extra legroom, exit row, the front rows of economy,
-- window, aisle), per airline ('' route) or per route of an airline ('DUB-JFK', which wins,
-- one characteristic at a time). The program computes the price (core/domain/SeatPricing)
-- and writes it to the seats that are free: when a flight opens for sale and when an admin
-- changes a fare (flight_fares) or a surcharge. A booking line keeps the price it was held at.
CREATE TABLE seat_surcharges (
    carrier        text NOT NULL,
    route          text NOT NULL DEFAULT '',
    characteristic text NOT NULL
                   CHECK (characteristic IN ('extra_legroom', 'exit_row', 'front_rows', 'window', 'aisle')),
    amount_minor   bigint NOT NULL CHECK (amount_minor >= 0),
    currency       char(3) NOT NULL,
    PRIMARY KEY (carrier, route, characteristic)
);

-- The part of a seat's price its surcharges make (its fare is price_minor minus this), so
-- the seat map shows both and a re-pricing knows the fare of a seat that has no stored fare.
ALTER TABLE seats ADD COLUMN surcharge_minor bigint NOT NULL DEFAULT 0 CHECK (surcharge_minor >= 0);

-- Prices are an admin's (seats_guard of 0010 already asks one for price_minor).
CREATE TRIGGER seat_surcharges_guard BEFORE INSERT OR UPDATE OR DELETE ON seat_surcharges
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing seat surcharges');
CREATE TRIGGER seats_surcharge_guard BEFORE UPDATE OF surcharge_minor ON seats
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_staff_action('admin', 'changing an aircraft''s seats');

-- Every terminal reads the surcharges (they are public prices); operations writes them.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('seat_surcharges', 'SELECT', NULL, 'INSERT, UPDATE, DELETE');
