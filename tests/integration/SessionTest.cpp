#include "BackendFixture.h"
#include "ServerClock.h"

#include "booking/BookingSession.h"

#include <QAbstractTransition>
#include <QCoreApplication>
#include <QFinalState>
#include <QSignalSpy>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SessionTest : public BackendTest {
protected:
    static void settle() { QCoreApplication::processEvents(); QCoreApplication::processEvents(); }
};

TEST_P(SessionTest, MachineHasOneStateAndTransitionPerTableRow)
{
    BookingSession session(*service);
    const auto states = session.machine().findChildren<QAbstractState *>(QString(), Qt::FindDirectChildrenOnly);
    EXPECT_EQ(states.size(), allBookingStates().size());
    const auto transitions = session.machine().findChildren<QAbstractTransition *>();
    EXPECT_EQ(transitions.size(), BookingTransitions::all().size());
    for (QAbstractState *state : states) {
        const auto state0 = bookingStateFromName(state->objectName());
        ASSERT_TRUE(state0.has_value());
        EXPECT_EQ(qobject_cast<QFinalState *>(state) != nullptr, BookingTransitions::targetsFrom(*state0).isEmpty());
    }
}

TEST_P(SessionTest, FollowsTheJourneyThroughDeclineAndPayment)
{
    BookingSession session(*service);
    settle();
    EXPECT_EQ(session.state(), BookingState::Initiated);
    QList<BookingState> seen;
    QObject::connect(&session, &BookingSession::stateChanged, [&](BookingState s) { seen << s; });

    ASSERT_TRUE(session.hold(request({QStringLiteral("6A")})).ok());
    settle();
    EXPECT_EQ(session.state(), BookingState::SeatHeld);

    ASSERT_FALSE(waitFor(session.pay(card(QStringLiteral("4000000000000002"))), 30000).ok());
    settle();
    EXPECT_EQ(session.state(), BookingState::SeatHeld);

    ASSERT_TRUE(waitFor(session.pay(card()), 30000).ok());
    settle();
    EXPECT_EQ(session.state(), BookingState::Confirmed);
    EXPECT_EQ(seen, (QList<BookingState>{BookingState::SeatHeld, BookingState::PaymentPending, BookingState::SeatHeld,
                                         BookingState::PaymentPending, BookingState::Confirmed}));
}

TEST_P(SessionTest, IgnoresOtherBookingsAndReachesAFinalState)
{
    BookingSession session(*service);
    QSignalSpy finished(&session, &BookingSession::finished);
    ASSERT_TRUE(session.hold(request({QStringLiteral("7A")})).ok());
    ASSERT_TRUE(service->hold(request({QStringLiteral("7B")})).ok()); // someone else's booking
    settle();
    EXPECT_EQ(session.state(), BookingState::SeatHeld);

    makeLapse(*db, session.reference());
    ASSERT_TRUE(service->expireDue().ok());
    settle();
    EXPECT_EQ(session.state(), BookingState::Expired);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(waitFor(session.pay(card()), 30000).ok());
}

TEST_P(SessionTest, SecondHoldInOneSessionIsRefused)
{
    BookingSession session(*service);
    ASSERT_TRUE(session.hold(request({QStringLiteral("8A")})).ok());
    auto second = session.hold(request({QStringLiteral("8B")}));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::WrongState);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(SessionTest);
