-- The payment saga: every attempt has its own deadline, after which the reconciler (not the
-- terminal that started it) settles it with the gateway; refunds are recorded before the
-- gateway is asked, once per idempotency key.
ALTER TABLE payments ADD COLUMN attempt_deadline timestamptz;
CREATE INDEX payments_unresolved_idx ON payments (attempt_deadline) WHERE status IN ('PENDING', 'AUTHORIZED');

CREATE TABLE refunds (
    id              bigserial PRIMARY KEY,
    payment_id      bigint NOT NULL REFERENCES payments,
    idempotency_key text NOT NULL UNIQUE,
    amount_minor    bigint NOT NULL CHECK (amount_minor > 0),
    status          text NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    reason          text NOT NULL DEFAULT '',
    failure         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
CREATE INDEX refunds_pending_idx ON refunds (created_at) WHERE status = 'PENDING';
