#pragma once

#include "domain/Booking.h"
#include "domain/SeatCode.h"

#include <optional>

namespace kiosk {

// An agent's cancellation: the whole booking, or the passenger in one seat of a party.
struct CancellationRequest {
    QString reference;
    std::optional<SeatCode> passengerSeat; // empty: the whole booking
    QString reason;
    // A supervisor's amount instead of the policy's (minor units); needs overrideReason.
    std::optional<qint64> overrideRefundMinor;
    QString overrideReason;
};

// What the policy says a cancellation is worth, before anything changes.
struct RefundQuote {
    QList<Passenger> cancelled;      // the passengers who would lose their seat
    qint64 secondsBeforeDeparture = 0;
    int percent = 0;                 // the policy's percentage (of the first passenger's cabin)
    Money policyAmount;              // by the policy, capped at what is left to refund
    Money refundable;                // captured minus refunded so far
    QString policy;                  // "more than 72 h: 100 %, ..." for the cabin
};

struct CancellationOutcome {
    Booking booking;
    RefundQuote quote;
    Money refunded;                  // what went back to the card now
    bool overridden = false;
};

} // namespace kiosk
