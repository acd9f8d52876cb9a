-- The payment saga: every attempt has its own deadline, after which the reconciler (not the
-- terminal that started it) settles it with the gateway; refunds are recorded before the
-- gateway is asked, once per idempotency key.
ALTER TABLE payments ADD COLUMN attempt_deadline INTEGER;
CREATE INDEX payments_unresolved_idx ON payments (attempt_deadline) WHERE status IN ('PENDING', 'AUTHORIZED');

CREATE TABLE refunds (
    id              INTEGER PRIMARY KEY,
    payment_id      INTEGER NOT NULL REFERENCES payments,
    idempotency_key TEXT NOT NULL UNIQUE,
    amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),
    status          TEXT NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    reason          TEXT NOT NULL DEFAULT '',
    failure         TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
CREATE INDEX refunds_pending_idx ON refunds (created_at) WHERE status = 'PENDING';
