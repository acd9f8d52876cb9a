-- The same as PostgreSQL's 0007: the gateway each payment attempt belongs to.
ALTER TABLE payments ADD COLUMN gateway TEXT;
