-- PostgreSQL's 0017 for the embedded database: vouchers, their redemptions, and the trigger
-- that settles a redemption in the same transaction as the booking's change.
CREATE TABLE vouchers (
    id               INTEGER PRIMARY KEY,
    code_digest      TEXT NOT NULL UNIQUE CHECK (length(code_digest) = 64),
    code_hint        TEXT NOT NULL,
    percent_off      INTEGER CHECK (percent_off BETWEEN 1 AND 100),
    amount_minor     INTEGER CHECK (amount_minor > 0),
    min_amount_minor INTEGER CHECK (min_amount_minor >= 0),
    currency         TEXT CHECK (length(currency) = 3),
    valid_from       INTEGER,
    valid_to         INTEGER,
    max_uses         INTEGER CHECK (max_uses > 0),
    uses             INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
    flights          TEXT NOT NULL DEFAULT '',
    cabins           TEXT NOT NULL DEFAULT '',
    created_by       TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    disabled_at      INTEGER,
    disabled_by      TEXT,
    CHECK ((percent_off IS NULL) <> (amount_minor IS NULL)),
    CHECK ((amount_minor IS NULL AND min_amount_minor IS NULL) OR currency IS NOT NULL),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE voucher_redemptions (
    id             INTEGER PRIMARY KEY,
    voucher_id     INTEGER NOT NULL REFERENCES vouchers,
    booking_id     INTEGER NOT NULL REFERENCES bookings,
    payment_id     INTEGER NOT NULL UNIQUE REFERENCES payments,
    price_minor    INTEGER NOT NULL CHECK (price_minor >= 0),
    discount_minor INTEGER NOT NULL CHECK (discount_minor BETWEEN 0 AND price_minor),
    currency       TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'RESERVED' CHECK (status IN ('RESERVED', 'REDEEMED', 'RELEASED')),
    terminal       TEXT NOT NULL,
    actor          TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    settled_at     INTEGER
);
CREATE INDEX voucher_redemptions_booking_idx ON voucher_redemptions (booking_id);
CREATE INDEX voucher_redemptions_voucher_idx ON voucher_redemptions (voucher_id);

CREATE TRIGGER bookings_settle_voucher
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN OLD.state = 'PAYMENT_PENDING' AND NEW.state <> 'PAYMENT_PENDING'
BEGIN
    UPDATE vouchers SET uses = uses - 1
     WHERE NEW.state <> 'CONFIRMED'
       AND id IN (SELECT voucher_id FROM voucher_redemptions WHERE booking_id = NEW.id AND status = 'RESERVED');
    UPDATE voucher_redemptions
       SET status = CASE NEW.state WHEN 'CONFIRMED' THEN 'REDEEMED' ELSE 'RELEASED' END,
           settled_at = CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
     WHERE booking_id = NEW.id AND status = 'RESERVED';
END;
