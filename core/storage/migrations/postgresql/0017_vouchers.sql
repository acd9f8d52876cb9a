-- Vouchers (issue 19): codes that take a percentage or an amount off a booking's price.
-- The code itself is never stored: code_digest is the SHA-256 of the normalised code
-- (core/domain/VoucherCode), looked up through the unique index, and code_hint shows staff
-- which voucher a row is. `uses` counts redemptions reserved or redeemed; a payment takes one
-- with a guarded UPDATE ... WHERE uses < max_uses in its first transaction, so a voucher is
-- never used more often than allowed, however many terminals race for it.
CREATE TABLE vouchers (
    id               bigserial PRIMARY KEY,
    code_digest      text NOT NULL UNIQUE CHECK (length(code_digest) = 64),
    code_hint        text NOT NULL,
    percent_off      integer CHECK (percent_off BETWEEN 1 AND 100),
    amount_minor     bigint CHECK (amount_minor > 0),
    min_amount_minor bigint CHECK (min_amount_minor >= 0),
    currency         char(3),
    valid_from       timestamptz,
    valid_to         timestamptz,
    max_uses         integer CHECK (max_uses > 0),
    uses             integer NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
    flights          text NOT NULL DEFAULT '',   -- 'KX101,KX102'; empty: every flight
    cabins           text NOT NULL DEFAULT '',   -- cabin codes 'JW'; empty: every cabin
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    disabled_at      timestamptz,
    disabled_by      text,
    CHECK ((percent_off IS NULL) <> (amount_minor IS NULL)),
    CHECK ((amount_minor IS NULL AND min_amount_minor IS NULL) OR currency IS NOT NULL),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from)
);

-- One voucher on one payment attempt: RESERVED while the booking is PAYMENT_PENDING, then
-- REDEEMED with the confirmation or RELEASED (declined, voided, cancelled by the
-- reconciler), by the trigger below in the transaction of that change.
CREATE TABLE voucher_redemptions (
    id             bigserial PRIMARY KEY,
    voucher_id     bigint NOT NULL REFERENCES vouchers,
    booking_id     bigint NOT NULL REFERENCES bookings,
    payment_id     bigint NOT NULL UNIQUE REFERENCES payments,
    price_minor    bigint NOT NULL CHECK (price_minor >= 0),
    discount_minor bigint NOT NULL CHECK (discount_minor BETWEEN 0 AND price_minor),
    currency       char(3) NOT NULL,
    status         text NOT NULL DEFAULT 'RESERVED' CHECK (status IN ('RESERVED', 'REDEEMED', 'RELEASED')),
    terminal       text NOT NULL,
    actor          text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    settled_at     timestamptz
);
CREATE INDEX voucher_redemptions_booking_idx ON voucher_redemptions (booking_id);
CREATE INDEX voucher_redemptions_voucher_idx ON voucher_redemptions (voucher_id);

-- Every way out of PAYMENT_PENDING settles the booking's reserved redemption: confirmed
-- redeems it; anything else (declined back to SEAT_HELD, cancelled by the reconciler)
-- gives the use back. A trigger, so the one-call payment functions of 0012, the SQLite
-- statements and the reconciler are all covered, in their own transaction.
CREATE FUNCTION kiosk_settle_voucher() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.state <> 'CONFIRMED' THEN
        UPDATE vouchers SET uses = uses - 1
         WHERE id IN (SELECT voucher_id FROM voucher_redemptions WHERE booking_id = NEW.id AND status = 'RESERVED');
    END IF;
    UPDATE voucher_redemptions
       SET status = CASE NEW.state WHEN 'CONFIRMED' THEN 'REDEEMED' ELSE 'RELEASED' END, settled_at = now()
     WHERE booking_id = NEW.id AND status = 'RESERVED';
    RETURN NULL;
END $$;

CREATE TRIGGER bookings_settle_voucher
    AFTER UPDATE OF state ON bookings
    FOR EACH ROW WHEN (OLD.state = 'PAYMENT_PENDING' AND NEW.state <> 'PAYMENT_PENDING')
    EXECUTE FUNCTION kiosk_settle_voucher();

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kiosk_settle_voucher() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Who may use the new tables (migration 0016's terminal_table_rights): terminals read
-- vouchers (a lookup by digest) and take a use; the desk's supervisors create and withdraw
-- them; operations may do anything. A redemption is written by the payment; settling it is
-- the trigger's (the owner's) alone.
INSERT INTO terminal_table_rights (table_name, kiosk_rights, desk_rights, ops_rights) VALUES
    ('vouchers',            'SELECT, UPDATE (uses)', 'INSERT, UPDATE (disabled_at, disabled_by)', 'UPDATE, DELETE'),
    ('voucher_redemptions', 'SELECT, INSERT',        NULL,                                        'UPDATE, DELETE');
