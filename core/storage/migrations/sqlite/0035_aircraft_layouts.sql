-- PostgreSQL's 0035 for the embedded database: the versions of each aircraft layout and the
-- layout and version each flight was made from.
CREATE TABLE aircraft_layouts (
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    name_key     TEXT NOT NULL CHECK (name_key = lower(name)),
    version      INTEGER NOT NULL CHECK (version >= 1),
    iata_types   TEXT NOT NULL CHECK (length(iata_types) <= 200),
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    content      TEXT NOT NULL CHECK (length(content) BETWEEN 2 AND 1000000),
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    imported_by  TEXT NOT NULL CHECK (length(imported_by) BETWEEN 1 AND 64),
    imported_at  INTEGER NOT NULL DEFAULT (CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
    PRIMARY KEY (name_key, version)
);

ALTER TABLE flights ADD COLUMN layout_name TEXT CHECK (length(layout_name) <= 64);
ALTER TABLE flights ADD COLUMN layout_version INTEGER CHECK (layout_version >= 1);
UPDATE flights SET layout_name = aircraft, layout_version = CASE WHEN layout_generated THEN NULL ELSE 1 END;
