-- The card a card terminal read (issue 16, item 4). At a terminal the kiosk never sees the
-- card: the attempt row is written before the terminal is asked, and the brand and last four
-- digits arrive with its answer. A kiosk login writes payments only through functions
-- (migration 0026) and none stored them, so a terminal payment's receipt and audit had no
-- card. kiosk_payment_card stores them once (PaymentRepository::recordCard); and
-- kiosk_payment_begin no longer audits "payment submitted ( ending )" when no card was typed.

-- The card of a PENDING attempt that names none yet, of a booking that is PAYMENT_PENDING and,
-- for a kiosk-class caller, made by the caller's own login. Anything else changes nothing:
-- false. Four digits and a brand only (rule 6: never more of the card).
CREATE FUNCTION kiosk_payment_card(p_payment bigint, p_brand text, p_last4 text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF p_last4 IS NULL OR p_last4 !~ '^[0-9]{4}$' OR coalesce(btrim(p_brand), '') = '' OR length(p_brand) > 40 THEN
        RETURN FALSE;
    END IF;
    UPDATE payments p SET card_brand = p_brand, card_last4 = p_last4, updated_at = now()
      FROM bookings b
     WHERE p.id = p_payment AND b.id = p.booking_id AND p.status = 'PENDING' AND b.state = 'PAYMENT_PENDING'
       AND coalesce(btrim(p.card_last4), '') = '' AND coalesce(btrim(p.card_brand), '') = ''
       AND (kiosk_caller_class() IS DISTINCT FROM 'kiosk' OR b.login = session_user);
    RETURN FOUND;
END $$;

-- 0012's kiosk_payment_begin (SECURITY DEFINER since 0026), unchanged but for the audit's
-- words when the terminal reads the card: "payment submitted (card terminal)", as the
-- program's own statements say it.
CREATE OR REPLACE FUNCTION kiosk_payment_begin(p_reference text, p_owner_terminal text, p_owner_actor text, p_brand text,
                                               p_last4 text, p_attempt_seconds integer, p_gateway text, p_terminal text,
                                               p_actor text,
                                               OUT outcome text, OUT booking_id bigint, OUT state text,
                                               OUT hold_deadline_ms bigint, OUT total_minor bigint, OUT currency text,
                                               OUT payment_id bigint, OUT payment_key text)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    lapsed boolean;
    attempts bigint;
BEGIN
    SELECT b.id, b.state, CAST(extract(epoch FROM b.hold_deadline) * 1000 AS bigint), b.total_minor, b.currency,
           b.hold_deadline <= now()
      INTO booking_id, state, hold_deadline_ms, total_minor, currency, lapsed
      FROM bookings b WHERE b.reference = p_reference
       AND (p_owner_terminal IS NULL OR (b.terminal = p_owner_terminal AND b.actor = p_owner_actor))
       FOR UPDATE;
    IF NOT FOUND THEN
        outcome := 'no_booking';
        RETURN;
    ELSIF state <> 'SEAT_HELD' THEN
        outcome := 'wrong_state';
        RETURN;
    ELSIF lapsed THEN
        UPDATE bookings b SET state = 'EXPIRED', updated_at = now() WHERE b.id = booking_id;
        UPDATE booking_lines l SET active = FALSE WHERE l.booking_id = kiosk_payment_begin.booking_id AND l.active;
        INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
        VALUES (booking_id, 'SEAT_HELD', 'EXPIRED', now(), p_terminal, p_actor, 'hold deadline passed before payment');
        outcome := 'expired';
        RETURN;
    END IF;
    UPDATE bookings b SET state = 'PAYMENT_PENDING', updated_at = now() WHERE b.id = booking_id;
    INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason)
    VALUES (booking_id, 'SEAT_HELD', 'PAYMENT_PENDING', now(), p_terminal, p_actor,
            CASE WHEN coalesce(p_last4, '') = '' THEN 'payment submitted (card terminal)'
                 ELSE format('payment submitted (%s ending %s)', p_brand, p_last4) END);
    SELECT count(*) INTO attempts FROM payments p WHERE p.booking_id = kiosk_payment_begin.booking_id;
    payment_key := p_reference || '-pay-' || (attempts + 1);
    INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, card_brand, card_last4,
                          attempt_deadline, created_at, updated_at, gateway)
    VALUES (booking_id, payment_key, 'PENDING', total_minor, currency, p_brand, p_last4,
            now() + make_interval(secs => p_attempt_seconds), now(), now(), p_gateway)
    RETURNING id INTO payment_id;
    outcome := 'pending';
END $$;

-- Names resolve in the kiosk's schema only, whoever calls.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = current_schema() AND p.proname IN ('kiosk_payment_card', 'kiosk_payment_begin') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
    END LOOP;
END $$;
