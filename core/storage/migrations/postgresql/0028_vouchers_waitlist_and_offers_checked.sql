-- A kiosk's login takes voucher uses, moves waitlist entries and takes up waitlist offers
-- only through functions that check the request (issue 14). Until now it held UPDATE of
-- vouchers.uses and of waitlist.state, so hand-written SQL on a kiosk's URL could give a
-- voucher its uses back or jump the waitlist, and kiosk_take_offer gave any offer to
-- whoever asked. Now:
-- - kiosk_voucher_redeem takes a voucher's use and writes its redemption in one call, for
--   the open payment of a booking the caller's login made, once per booking, within the
--   voucher's limits (the kiosk class keeps SELECT only on vouchers and redemptions);
-- - kiosk_waitlist_offered (waiting -> offered, with the offer the waitlist made for that
--   entry) and kiosk_waitlist_leave (waiting/offered -> left: a kiosk login its own entries
--   only, waitlist.login says whose) are the only ways a terminal login moves an entry;
--   accepted and lapsed follow the offer's booking (trigger of 0018, as the owner);
-- - kiosk_take_offer needs, from a kiosk login, the surname of one of the offer's
--   passengers, as the kiosk's program asks of the traveller (BookingProof).
-- The programs keep their own checks on SQLite, which has no logins.

ALTER TABLE waitlist ADD COLUMN login text;

-- Entries record the login that made them, as bookings do (0027): a terminal login cannot
-- state another; the owner may (tests, repairs).
CREATE FUNCTION kiosk_stamp_waitlist_login() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.login IS NULL OR kiosk_caller_class() IS NOT NULL THEN
        NEW.login := session_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER waitlist_login_stamp BEFORE INSERT ON waitlist
    FOR EACH ROW EXECUTE FUNCTION kiosk_stamp_waitlist_login();

-- A name as the passport's machine readable zone spells it (core/domain/IcaoTransliterator:
-- "Müller" is MUELLER), letters and single spaces only, so that a typed surname proves a
-- booking here as it does in the program.
CREATE FUNCTION kiosk_mrz_key(p_name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    rules CONSTANT text[] := ARRAY['ß', 'SS', 'ẞ', 'SS', 'Ä', 'AE', 'ä', 'AE', 'Ö', 'OE', 'ö', 'OE', 'Ü', 'UE', 'ü', 'UE',
                                   'Å', 'AA', 'å', 'AA', 'Æ', 'AE', 'æ', 'AE', 'Ø', 'OE', 'ø', 'OE', 'Œ', 'OE', 'œ', 'OE',
                                   'Þ', 'TH', 'þ', 'TH', 'Ĳ', 'IJ', 'ĳ', 'IJ', 'Ð', 'D', 'ð', 'D', 'Đ', 'D', 'đ', 'D',
                                   'Ł', 'L', 'ł', 'L', 'Ħ', 'H', 'ħ', 'H', 'ı', 'I'];
    key text := normalize(coalesce(p_name, ''), NFC);
BEGIN
    FOR i IN 1 .. array_length(rules, 1) / 2 LOOP
        key := replace(key, rules[2 * i - 1], rules[2 * i]);
    END LOOP;
    key := regexp_replace(normalize(key, NFD), '[[:space:]-]+', ' ', 'g');
    key := upper(regexp_replace(key, '[^A-Za-z ]', '', 'g'));
    RETURN btrim(regexp_replace(key, ' +', ' ', 'g'));
END $$;

-- True when `p_words` are the last words of `p_name` (BookingProof::surnameMatches).
CREATE FUNCTION kiosk_ends_with_words(p_name text, p_words text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(p_words, '') <> ''
       AND coalesce(p_name = p_words OR right(p_name, length(p_words) + 1) = ' ' || p_words, FALSE)
$$;

-- A traveller proves a booking with the surname of one of its passengers (cancelled ones
-- too), given as its search key (PassengerName::searchKey) and its MRZ spelling.
CREATE FUNCTION kiosk_booking_proven(p_booking bigint, p_search text, p_mrz text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM booking_lines l
                    WHERE l.booking_id = p_booking
                      AND (kiosk_ends_with_words(l.search_key, p_search)
                           OR kiosk_ends_with_words(kiosk_mrz_key(l.passenger_name), upper(p_mrz))))
$$;

-- 0026's kiosk_take_offer, now with the traveller's proof: a kiosk login takes up only an
-- offer whose passenger's surname it was told. The desk's agents have seen the passport.
DROP FUNCTION kiosk_take_offer(bigint, text, text);
CREATE FUNCTION kiosk_take_offer(p_booking bigint, p_terminal text, p_actor text, p_search text, p_mrz text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF kiosk_caller_class() = 'kiosk' AND NOT kiosk_booking_proven(p_booking, p_search, p_mrz) THEN
        PERFORM kiosk_refuse_kiosk_class(format('taking up waitlist offer %s without the surname of one of its passengers',
                                                p_booking));
    END IF;
    UPDATE bookings b SET terminal = p_terminal, actor = p_actor, updated_at = now()
     WHERE b.id = p_booking AND b.state = 'SEAT_HELD' AND b.terminal = 'waitlist';
    RETURN FOUND;
END $$;

-- A voucher's use and its redemption (VoucherRedeemer), for payment attempt p_payment just
-- begun: the booking is PAYMENT_PENDING with this attempt open, its login is the caller's (a
-- kiosk login), no other voucher is reserved or redeemed for it, the attempt asks the price
-- less the discount, and the discount is no more than the voucher gives. False when the
-- voucher is used up, withdrawn or out of its dates (nothing taken); anything else asked is
-- SQLSTATE 42501 and changes nothing. kiosk_settle_voucher (0017) settles it as before.
CREATE FUNCTION kiosk_voucher_redeem(p_voucher bigint, p_payment bigint, p_price bigint, p_discount bigint,
                                     p_terminal text, p_actor text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    attempt record;
    voucher vouchers%ROWTYPE;
BEGIN
    SELECT p.booking_id, p.status, p.amount_minor, p.currency, b.state, b.total_minor, b.login INTO attempt
      FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.id = p_payment FOR UPDATE OF b;
    IF kiosk_caller_class() = 'kiosk' AND (NOT FOUND OR attempt.login IS DISTINCT FROM session_user) THEN
        PERFORM kiosk_refuse_kiosk_class(format('redeeming a voucher for payment %s of a booking another login made',
                                                p_payment));
    END IF;
    SELECT v.* INTO voucher FROM vouchers v WHERE v.id = p_voucher FOR UPDATE;
    IF attempt.booking_id IS NULL OR voucher.id IS NULL OR attempt.status <> 'PENDING'
       OR attempt.state <> 'PAYMENT_PENDING' OR p_price <> attempt.total_minor
       OR p_discount < 0 OR p_discount > p_price OR attempt.amount_minor <> p_price - p_discount
       OR (voucher.percent_off IS NOT NULL AND p_discount > ceil(p_price * voucher.percent_off / 100.0))
       OR (voucher.amount_minor IS NOT NULL AND (p_discount > voucher.amount_minor OR voucher.currency <> attempt.currency))
       OR (voucher.min_amount_minor IS NOT NULL AND p_price < voucher.min_amount_minor)
       OR EXISTS (SELECT 1 FROM voucher_redemptions r
                   WHERE r.booking_id = attempt.booking_id AND r.status IN ('RESERVED', 'REDEEMED')) THEN
        RAISE EXCEPTION 'voucher % cannot take % off payment % (a voucher is redeemed once per booking, for its open payment, within what it gives; database login %)',
            p_voucher, p_discount, p_payment, session_user USING ERRCODE = '42501';
    END IF;
    UPDATE vouchers v SET uses = v.uses + 1
     WHERE v.id = p_voucher AND v.disabled_at IS NULL AND (v.max_uses IS NULL OR v.uses < v.max_uses)
       AND (v.valid_from IS NULL OR v.valid_from <= now()) AND (v.valid_to IS NULL OR v.valid_to > now());
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    INSERT INTO voucher_redemptions (voucher_id, booking_id, payment_id, price_minor, discount_minor, currency,
                                     terminal, actor, created_at)
    VALUES (p_voucher, attempt.booking_id, p_payment, p_price, p_discount, attempt.currency, p_terminal, p_actor, now());
    RETURN TRUE;
END $$;

-- waiting -> offered (WaitlistOfferer): with the hold the waitlist made for this entry
-- (key "waitlist-offer-<entry>", same flight, still held). False when the entry no longer
-- waits; another booking is refused a terminal login.
CREATE FUNCTION kiosk_waitlist_offered(p_entry bigint, p_booking bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF kiosk_caller_class() IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM waitlist w JOIN bookings b ON b.flight_id = w.flight_id
            WHERE w.id = p_entry AND b.id = p_booking AND b.state = 'SEAT_HELD' AND b.terminal = 'waitlist'
              AND b.idempotency_key = 'waitlist-offer-' || w.id) THEN
        RAISE EXCEPTION 'booking % is not the waitlist''s offer to entry % (database login %)', p_booking, p_entry,
            session_user USING ERRCODE = '42501';
    END IF;
    UPDATE waitlist w SET state = 'offered', booking_id = p_booking, updated_at = now()
     WHERE w.id = p_entry AND w.state = 'waiting';
    RETURN FOUND;
END $$;

-- waiting/offered -> left (WaitlistService::leave): a kiosk login leaves only entries its
-- login made; a desk or ops login another's with an agent signed in. False when it ended.
CREATE FUNCTION kiosk_waitlist_leave(p_entry bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    made_by text;
BEGIN
    SELECT w.login INTO made_by FROM waitlist w WHERE w.id = p_entry FOR UPDATE;
    IF made_by IS DISTINCT FROM session_user THEN
        IF kiosk_caller_class() = 'kiosk' THEN
            PERFORM kiosk_refuse_kiosk_class(format('withdrawing waitlist entry %s, which another login made', p_entry));
        END IF;
        PERFORM kiosk_caller_requires_staff('agent', 'withdrawing another login''s waitlist entry');
    END IF;
    UPDATE waitlist w SET state = 'left', updated_at = now() WHERE w.id = p_entry AND w.state IN ('waiting', 'offered');
    RETURN FOUND;
END $$;

-- UPDATE (updated_at) stays only so that the offerer may lock the entries (SELECT ... FOR
-- UPDATE needs an UPDATE right); the update itself is refused to the kiosk class.
CREATE TRIGGER waitlist_kiosk_writes_guard BEFORE UPDATE OR DELETE ON waitlist
    FOR EACH STATEMENT EXECUTE FUNCTION kiosk_guard_kiosk_writes();

UPDATE terminal_table_rights SET kiosk_rights = 'SELECT'
 WHERE table_name IN ('vouchers', 'voucher_redemptions');
UPDATE terminal_table_rights
   SET kiosk_rights = 'SELECT, INSERT (flight_id, cabin, passengers, seats, contact_email, contact_phone, terminal, '
                      'actor, created_at, updated_at), UPDATE (updated_at)'
 WHERE table_name = 'waitlist';

DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema()
                 AND p.proname IN ('kiosk_stamp_waitlist_login', 'kiosk_mrz_key', 'kiosk_ends_with_words',
                                   'kiosk_booking_proven', 'kiosk_take_offer', 'kiosk_voucher_redeem',
                                   'kiosk_waitlist_offered', 'kiosk_waitlist_leave') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
