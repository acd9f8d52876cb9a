-- A layout's seats, stored once (issue 13, a season of 50,000 legs): a schedule import
-- writes the seats of a batch of new flights with one INSERT ... SELECT joining the
-- flights' fares to these rows, inside the database, instead of sending every seat row
-- across the connection. The key names the content (the layout's type and a hash of its
-- seats, "A320@3f1c..."), so rows are written once and never changed: a changed layout is
-- a new key. `position` keeps the layout's order, so seat ids follow it as before.
-- `extra_legroom` is the features bit a fare depends on (cabin and legroom price a seat).
CREATE TABLE layout_seats (
    layout_key    text NOT NULL,
    position      integer NOT NULL,
    code          varchar(3) NOT NULL,
    seat_row      smallint NOT NULL,
    letter        char(1) NOT NULL,
    cabin         char(1) NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    extra_legroom boolean NOT NULL,
    features      integer NOT NULL,
    blocked       boolean NOT NULL,
    deck          smallint NOT NULL CHECK (deck IN (0, 1)),
    PRIMARY KEY (layout_key, code)
);

-- Only a schedule import reads and writes layouts (operations: an admin imports); kiosks
-- and the desk read a flight's own seats, never the layout they came from.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('layout_seats', NULL, NULL, 'SELECT, INSERT');
