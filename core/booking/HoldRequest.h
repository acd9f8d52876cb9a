#pragma once

#include "domain/ContactDetails.h"
#include "domain/Flight.h"
#include "domain/SeatCode.h"
#include "domain/TerminalSettings.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kiosk {

// What a traveller (or agent) asks for: these seats on this flight, for these people.
struct HoldRequest {
    FlightRef flight;
    QList<SeatCode> seats;
    QStringList passengers;          // one per seat, in seat order; empty: "PASSENGER 1".."n"
    std::optional<int> ttlSeconds;   // the service's default when empty
    QString idempotencyKey;          // retrying with the same key returns the same booking
    // Optional e-mail and phone, validated by the service (nothing held if malformed) and
    // stored on the booking once it is held; the outbox mails the address its confirmation.
    ContactDetails contact;

    static constexpr int MaxSeats = 9;
    static constexpr int MinTtlSeconds = TerminalSettings::HoldSeconds.low;
    static constexpr int MaxTtlSeconds = TerminalSettings::HoldSeconds.high;
};

} // namespace kiosk
