#include "domain/BookingState.h"

#include <QSet>

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace kiosk;

namespace {
using S = BookingState;

// The table of the architecture guide ("Booking states"), written out again on purpose:
// a change to the code's table must be a deliberate change to this test too.
const std::set<std::pair<S, S>> documented = {
    {S::Initiated, S::SeatHeld},
    {S::SeatHeld, S::PaymentPending},
    {S::SeatHeld, S::Expired},
    {S::SeatHeld, S::Cancelled},
    {S::PaymentPending, S::Confirmed},
    {S::PaymentPending, S::SeatHeld},
    {S::PaymentPending, S::Cancelled},
    {S::Confirmed, S::Cancelled},
    {S::Cancelled, S::Refunded},
};
} // namespace

TEST(BookingState, ThereAreSevenStates)
{
    EXPECT_EQ(allBookingStates(),
              QList<S>({S::Initiated, S::SeatHeld, S::PaymentPending, S::Confirmed, S::Expired, S::Cancelled,
                        S::Refunded}));
}

TEST(BookingState, EveryPairOfStatesIsAllowedExactlyWhenDocumented)
{
    int allowed = 0;
    int forbidden = 0;
    for (S from : allBookingStates()) {
        for (S to : allBookingStates()) {
            const bool expected = documented.count({from, to}) == 1;
            EXPECT_EQ(BookingTransitions::isAllowed(from, to), expected)
                << bookingStateName(from).toStdString() << " -> " << bookingStateName(to).toStdString();
            ++(expected ? allowed : forbidden);
        }
    }
    EXPECT_EQ(allowed, 9);
    EXPECT_EQ(forbidden, 49 - 9);
}

TEST(BookingState, TableHasEachTransitionOnceWithAReason)
{
    std::set<std::pair<S, S>> inTable;
    for (const BookingTransition &transition : BookingTransitions::all()) {
        EXPECT_TRUE(inTable.insert({transition.from, transition.to}).second) << "listed twice";
        EXPECT_NE(transition.when, nullptr);
        EXPECT_GT(qstrlen(transition.when), 0u);
    }
    EXPECT_EQ(inTable, documented);
}

TEST(BookingState, TargetsFromFollowTheTable)
{
    EXPECT_EQ(BookingTransitions::targetsFrom(S::Initiated), QList<S>({S::SeatHeld}));
    EXPECT_EQ(BookingTransitions::targetsFrom(S::SeatHeld), QList<S>({S::PaymentPending, S::Expired, S::Cancelled}));
    EXPECT_EQ(BookingTransitions::targetsFrom(S::PaymentPending), QList<S>({S::Confirmed, S::SeatHeld, S::Cancelled}));
    EXPECT_EQ(BookingTransitions::targetsFrom(S::Confirmed), QList<S>({S::Cancelled}));
    EXPECT_EQ(BookingTransitions::targetsFrom(S::Cancelled), QList<S>({S::Refunded}));
    // Final states.
    EXPECT_TRUE(BookingTransitions::targetsFrom(S::Expired).isEmpty());
    EXPECT_TRUE(BookingTransitions::targetsFrom(S::Refunded).isEmpty());
}

TEST(BookingState, NamesRoundTrip)
{
    QSet<QString> names;
    for (S state : allBookingStates()) {
        const QString name = bookingStateName(state);
        EXPECT_FALSE(name.isEmpty());
        names << name;
        EXPECT_EQ(bookingStateFromName(name), state) << name.toStdString();
    }
    EXPECT_EQ(names.size(), 7);
    EXPECT_EQ(bookingStateName(S::PaymentPending), QStringLiteral("PAYMENT_PENDING"));
    EXPECT_EQ(bookingStateFromName(QStringLiteral("SEAT_HELD")), S::SeatHeld);
}

TEST(BookingState, UnknownNamesAreRejected)
{
    for (const char *name : {"", "HELD", "seat held", "SEAT_HELD ", "PAID"}) {
        SCOPED_TRACE(name);
        EXPECT_FALSE(bookingStateFromName(QString::fromLatin1(name)).has_value());
    }
}

TEST(BookingState, OnlyActiveStatesOccupySeats)
{
    for (S state : allBookingStates()) {
        const bool active = state == S::SeatHeld || state == S::PaymentPending || state == S::Confirmed;
        EXPECT_EQ(occupiesSeats(state), active) << bookingStateName(state).toStdString();
    }
}
