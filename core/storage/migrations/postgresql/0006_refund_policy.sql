-- The cancellation refund tiers per cabin, one policy for every terminal. A cabin without
-- a row uses the standard policy (more than 72 h: 100 %, more than 24 h: 50 %, else 0).
CREATE TABLE refund_policies (
    cabin       text PRIMARY KEY CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    tiers       text NOT NULL,  -- "72:100,24:50,0:0" (CancellationPolicy::parseTiers)
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
