-- Aircraft layouts as managed data (issue 18): every import of a layout (kioskctl layout
-- import) is a version of its name, kept for good, so a flight can always say which seat plan
-- it was made from. The six built-in layouts are version 1 of their names; they are stored
-- by the first import (LayoutLibrary, in its transaction), not seeded here: their JSON is
-- written once, in resources/layouts, where a seed copied into two dialects' SQL would drift
-- from it, and until then the program reads them from itself.
CREATE TABLE aircraft_layouts (
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    -- Names are looked up case-insensitively ("a320" is "A320").
    name_key     text NOT NULL CHECK (name_key = lower(name)),
    version      integer NOT NULL CHECK (version >= 1),
    iata_types   text NOT NULL CHECK (length(iata_types) <= 200),  -- "73H 738"
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    content      text NOT NULL CHECK (length(content) BETWEEN 2 AND 1000000), -- the JSON as imported
    content_hash text NOT NULL CHECK (length(content_hash) = 64),  -- SHA-256 of its canonical form
    imported_by  text NOT NULL CHECK (length(imported_by) BETWEEN 1 AND 64),
    imported_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (name_key, version)
);

-- The layout and version a flight's seats were made from. A generated layout (a schedule's
-- configuration no layout matches) has no stored version: NULL.
ALTER TABLE flights ADD COLUMN layout_name text CHECK (length(layout_name) <= 64);
ALTER TABLE flights ADD COLUMN layout_version integer CHECK (layout_version >= 1);
UPDATE flights SET layout_name = aircraft, layout_version = CASE WHEN layout_generated THEN NULL ELSE 1 END;

-- Kiosks and the desk never read or write layouts; operations imports schedules, which read
-- them.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('aircraft_layouts', NULL, NULL, 'SELECT');
