-- The same as PostgreSQL's 0006: the cancellation refund tiers per cabin.
CREATE TABLE refund_policies (
    cabin       TEXT PRIMARY KEY CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    tiers       TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
