#include "BookingState.h"

namespace kiosk {

namespace {
// QStringLiteral: a name is written with every step of a sale, and one made by
// QString::fromLatin1 would allocate each time.
struct StateName {
    BookingState state;
    QString name;
};
const StateName stateNames[] = {
    {BookingState::Initiated, QStringLiteral("INITIATED")},
    {BookingState::SeatHeld, QStringLiteral("SEAT_HELD")},
    {BookingState::PaymentPending, QStringLiteral("PAYMENT_PENDING")},
    {BookingState::Confirmed, QStringLiteral("CONFIRMED")},
    {BookingState::Expired, QStringLiteral("EXPIRED")},
    {BookingState::Cancelled, QStringLiteral("CANCELLED")},
    {BookingState::Refunded, QStringLiteral("REFUNDED")},
};
} // namespace

QString bookingStateName(BookingState state)
{
    for (const auto &entry : stateNames) {
        if (entry.state == state)
            return entry.name;
    }
    return QString();
}

std::optional<BookingState> bookingStateFromName(const QString &name)
{
    for (const auto &entry : stateNames) {
        if (name == entry.name)
            return entry.state;
    }
    return std::nullopt;
}

QList<BookingState> allBookingStates()
{
    QList<BookingState> states;
    for (const auto &entry : stateNames)
        states << entry.state;
    return states;
}

bool occupiesSeats(BookingState state)
{
    return state == BookingState::SeatHeld || state == BookingState::PaymentPending
        || state == BookingState::Confirmed;
}

const QList<BookingTransition> &BookingTransitions::all()
{
    using S = BookingState;
    static const QList<BookingTransition> table = {
        {S::Initiated, S::SeatHeld, "every requested seat is free"},
        {S::SeatHeld, S::PaymentPending, "payment submitted to the gateway"},
        {S::SeatHeld, S::Expired, "hold deadline passed"},
        {S::SeatHeld, S::Cancelled, "customer or agent cancels"},
        {S::PaymentPending, S::Confirmed, "gateway reports success"},
        {S::PaymentPending, S::SeatHeld, "gateway declines: customer may retry while the hold lasts"},
        {S::PaymentPending, S::Cancelled, "customer or agent cancels (authorization is voided)"},
        {S::Confirmed, S::Cancelled, "cancellation (refund policy decides the amount)"},
        {S::Cancelled, S::Refunded, "refund issued, at most once, only if money was captured"},
    };
    return table;
}

bool BookingTransitions::isAllowed(BookingState from, BookingState to)
{
    for (const auto &transition : all()) {
        if (transition.from == from && transition.to == to)
            return true;
    }
    return false;
}

QList<BookingState> BookingTransitions::targetsFrom(BookingState from)
{
    QList<BookingState> targets;
    for (const auto &transition : all()) {
        if (transition.from == from)
            targets << transition.to;
    }
    return targets;
}

} // namespace kiosk
