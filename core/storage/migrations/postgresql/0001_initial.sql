-- Flights, seats, bookings and their history. Timestamps are timestamptz, set by the
-- server's clock; money is bigint minor units beside a currency code.

CREATE TABLE airports (
    iata        char(3) PRIMARY KEY,
    city        text NOT NULL,
    name        text NOT NULL,
    country     text NOT NULL,
    time_zone   text NOT NULL
);

CREATE TABLE flights (
    id              bigserial PRIMARY KEY,
    carrier         varchar(2) NOT NULL,
    number          integer NOT NULL CHECK (number BETWEEN 1 AND 9999),
    departure_date  date NOT NULL,
    origin          char(3) NOT NULL REFERENCES airports,
    destination     char(3) NOT NULL REFERENCES airports,
    departure_at    timestamptz NOT NULL,
    arrival_at      timestamptz NOT NULL,
    aircraft        text NOT NULL,
    currency        char(3) NOT NULL,
    UNIQUE (carrier, number, departure_date),
    CHECK (arrival_at > departure_at),
    CHECK (origin <> destination)
);
CREATE INDEX flights_origin_departure_idx ON flights (origin, departure_at);
CREATE INDEX flights_departure_idx ON flights (departure_at);

CREATE TABLE seats (
    id          bigserial PRIMARY KEY,
    flight_id   bigint NOT NULL REFERENCES flights ON DELETE CASCADE,
    code        varchar(3) NOT NULL,
    seat_row    smallint NOT NULL,
    letter      char(1) NOT NULL,
    cabin       char(1) NOT NULL CHECK (cabin IN ('F', 'J', 'W', 'Y')),
    features    integer NOT NULL DEFAULT 0,
    price_minor bigint NOT NULL CHECK (price_minor >= 0),
    currency    char(3) NOT NULL,
    blocked     boolean NOT NULL DEFAULT false,
    deck        smallint NOT NULL DEFAULT 0 CHECK (deck IN (0, 1)),
    UNIQUE (flight_id, code)
);

CREATE TABLE bookings (
    id              bigserial PRIMARY KEY,
    reference       char(6) NOT NULL UNIQUE,
    flight_id       bigint NOT NULL REFERENCES flights,
    state           text NOT NULL CHECK (state IN ('INITIATED', 'SEAT_HELD', 'PAYMENT_PENDING',
                        'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    hold_deadline   timestamptz,
    total_minor     bigint NOT NULL CHECK (total_minor >= 0),
    currency        char(3) NOT NULL,
    idempotency_key text UNIQUE,
    terminal        text NOT NULL,
    actor           text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bookings_flight_idx ON bookings (flight_id);
-- The hold scheduler's "next deadline" and expireDue() read only live holds.
CREATE INDEX bookings_live_hold_deadline_idx ON bookings (hold_deadline) WHERE state = 'SEAT_HELD';

CREATE TABLE booking_lines (
    id              bigserial PRIMARY KEY,
    booking_id      bigint NOT NULL REFERENCES bookings ON DELETE CASCADE,
    seat_id         bigint NOT NULL REFERENCES seats,
    passenger_name  text NOT NULL,
    price_minor     bigint NOT NULL CHECK (price_minor >= 0),
    active          boolean NOT NULL DEFAULT true
);
-- Rule 2, the final guard: one active booking line per seat, whatever the service does.
CREATE UNIQUE INDEX booking_lines_one_active_per_seat ON booking_lines (seat_id) WHERE active;
CREATE INDEX booking_lines_booking_idx ON booking_lines (booking_id);

CREATE TABLE payments (
    id                bigserial PRIMARY KEY,
    booking_id        bigint NOT NULL REFERENCES bookings,
    idempotency_key   text NOT NULL UNIQUE,
    status            text NOT NULL CHECK (status IN ('PENDING', 'AUTHORIZED', 'DECLINED',
                          'CAPTURED', 'VOIDED', 'REFUNDED')),
    amount_minor      bigint NOT NULL CHECK (amount_minor >= 0),
    currency          char(3) NOT NULL,
    captured_minor    bigint NOT NULL DEFAULT 0,
    refunded_minor    bigint NOT NULL DEFAULT 0 CHECK (refunded_minor <= captured_minor),
    gateway_reference text,
    card_brand        text,
    card_last4        char(4),
    decline_reason    text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_booking_idx ON payments (booking_id);

-- Rule 7: every state change, by whom, where and when (server time).
CREATE TABLE booking_events (
    id          bigserial PRIMARY KEY,
    booking_id  bigint NOT NULL REFERENCES bookings ON DELETE CASCADE,
    from_state  text,
    to_state    text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    terminal    text NOT NULL,
    actor       text NOT NULL,
    reason      text NOT NULL DEFAULT ''
);
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, id);
