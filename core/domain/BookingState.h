#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kiosk {

enum class BookingState {
    Initiated,
    SeatHeld,
    PaymentPending,
    Confirmed,
    Expired,
    Cancelled,
    Refunded,
};

// "SEAT_HELD" etc.: the names stored in the database and printed by the CLI.
QString bookingStateName(BookingState state);
std::optional<BookingState> bookingStateFromName(const QString &name);
QList<BookingState> allBookingStates();

// A booking occupies its seats in these states (the partial unique index covers them).
bool occupiesSeats(BookingState state);

struct BookingTransition {
    BookingState from;
    BookingState to;
    const char *when; // the rule, for documentation and audit reasons
};

// The one and only transition table. The session state machine is built from it and
// every persisted state change is checked against it.
class BookingTransitions {
public:
    static const QList<BookingTransition> &all();
    static bool isAllowed(BookingState from, BookingState to);
    static QList<BookingState> targetsFrom(BookingState from);
};

} // namespace kiosk
