-- When sales close, in minutes before departure, per airline ('' route) or per route of an
-- airline ('DUB-LHR', which wins). Without a row: 60 minutes (core/booking/SalesCutoff).
CREATE TABLE sales_cutoffs (
    carrier         TEXT NOT NULL,
    route           TEXT NOT NULL DEFAULT '',
    closes_minutes  INTEGER NOT NULL CHECK (closes_minutes BETWEEN 0 AND 10080),
    PRIMARY KEY (carrier, route)
);
