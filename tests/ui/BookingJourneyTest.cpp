// The booking journey driven without a widget, on SQLite and PostgreSQL: held and paid, a
// seat taken elsewhere, a refusal, a payment not made releasing the hold, and (on PostgreSQL's own
// cluster) a hold sent as the database went away, replayed once it is back.
#include "PrivateCluster.h"
#include "DatabaseTest.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/BookingSession.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "models/BookingJourney.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Migrator.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

const Actor Kiosk{QStringLiteral("kiosk-journey-test"), QStringLiteral("kiosk")};

// Every signal the journey gave, in order, with what it carried.
struct Outcomes {
    explicit Outcomes(BookingJourney &journey)
    {
        QObject::connect(&journey, &BookingJourney::held, [this](const Booking &b) { add("held", b.reference); });
        QObject::connect(&journey, &BookingJourney::seatsTaken,
                         [this](const QStringList &codes) { add("seatsTaken", codes.join(u',')); });
        QObject::connect(&journey, &BookingJourney::holdRefused, [this](const QString &text) { add("refused", text); });
        QObject::connect(&journey, &BookingJourney::connectionLost, [this] { add("connectionLost"); });
        QObject::connect(&journey, &BookingJourney::confirmed, [this](const Booking &b) { add("confirmed", b.reference); });
        QObject::connect(&journey, &BookingJourney::holdExpired, [this] { add("holdExpired"); });
        QObject::connect(&journey, &BookingJourney::notPaid, [this] { add("notPaid"); });
    }
    void add(const char *name, const QString &detail = QString())
    {
        names << QString::fromLatin1(name);
        details << detail;
    }
    QStringList names;
    QStringList details;
};

BookingJourney::Party partyOf(const Flight &flight, const QString &seat)
{
    BookingJourney::Party party;
    party.flightId = flight.id;
    party.seats << SeatCode::parse(seat).value();
    party.names << QStringLiteral("Ada Lovelace");
    return party;
}

class BookingJourneyTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure())
            return;
        service = std::make_unique<BookingService>(*db, gateway, Kiosk);
        journey = std::make_unique<BookingJourney>(*service, BookingJourney::Terminal::Kiosk);
        outcomes = std::make_unique<Outcomes>(*journey);
    }

    void TearDown() override
    {
        outcomes.reset();
        journey.reset();
        service.reset();
        DatabaseTest::TearDown();
    }

    SeatStatus statusOf(const QString &code)
    {
        auto seats = FlightCatalog(*db).seats(flight.id);
        EXPECT_TRUE(seats.ok());
        if (seats)
            for (const Seat &seat : *seats)
                if (seat.code.toString() == code)
                    return seat.status;
        ADD_FAILURE() << "no seat " << code.toStdString();
        return SeatStatus::Free;
    }

    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<BookingJourney> journey;
    std::unique_ptr<Outcomes> outcomes;
};

TEST_P(BookingJourneyTest, HeldThenPaidIsConfirmed)
{
    const auto held = journey->hold(partyOf(flight, QStringLiteral("2B")));
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(held->state, BookingState::SeatHeld);
    EXPECT_FALSE(held->idempotencyKey.isEmpty());
    EXPECT_EQ(outcomes->names, QStringList{QStringLiteral("held")});
    EXPECT_EQ(journey->session().reference(), held->reference);

    CardDetails card;
    card.number = QStringLiteral("4242 4242 4242 4242");
    ASSERT_TRUE(card.setExpiry(QStringLiteral("12/30")));
    card.cvc = QStringLiteral("123");
    auto paying = journey->session().pay(card);
    ASSERT_TRUE(QTest::qWaitFor([&] { return paying.isFinished(); }, 10000));
    const Result<Booking> paid = paying.result();
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    journey->paymentEnded(BookingJourney::PaymentOutcome::Paid, *paid);
    EXPECT_EQ(outcomes->names.last(), QStringLiteral("confirmed"));
    EXPECT_EQ(outcomes->details.last(), held->reference);
    EXPECT_EQ(service->find(held->reference)->state, BookingState::Confirmed);
    EXPECT_EQ(statusOf(QStringLiteral("2B")), SeatStatus::Sold);
}

TEST_P(BookingJourneyTest, SeatTakenElsewhereNamesTheSeatAndHoldsNothing)
{
    BookingService other(*db, gateway, Actor{QStringLiteral("kiosk-2"), QStringLiteral("kiosk")});
    HoldRequest first;
    first.flight = FlightRef::byId(flight.id);
    first.seats << SeatCode::parse(QStringLiteral("3C")).value();
    ASSERT_TRUE(other.hold(first).ok());

    EXPECT_FALSE(journey->hold(partyOf(flight, QStringLiteral("3C"))).has_value());
    ASSERT_EQ(outcomes->names, QStringList{QStringLiteral("seatsTaken")});
    EXPECT_TRUE(outcomes->details.first().contains(QStringLiteral("3C"))) << outcomes->details.first().toStdString();
    EXPECT_TRUE(journey->session().reference().isEmpty());
    EXPECT_FALSE(journey->hasUnresolvedHold());

    // The same session takes the next choice: a failed hold left nothing behind.
    EXPECT_TRUE(journey->hold(partyOf(flight, QStringLiteral("3D"))).has_value());
    EXPECT_EQ(outcomes->names.last(), QStringLiteral("held"));
}

TEST_P(BookingJourneyTest, PaymentNotMadeReleasesTheHoldAndStartsAFreshSession)
{
    const auto held = journey->hold(partyOf(flight, QStringLiteral("4A")));
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(statusOf(QStringLiteral("4A")), SeatStatus::Held);

    journey->paymentEnded(BookingJourney::PaymentOutcome::NotPaid, *held);
    EXPECT_EQ(outcomes->names.last(), QStringLiteral("notPaid"));
    EXPECT_EQ(statusOf(QStringLiteral("4A")), SeatStatus::Free);
    EXPECT_EQ(service->find(held->reference)->state, BookingState::Cancelled);
    EXPECT_TRUE(journey->session().reference().isEmpty());
    EXPECT_TRUE(journey->hold(partyOf(flight, QStringLiteral("4A"))).has_value()); // free for the next try
}

TEST_P(BookingJourneyTest, ARefusalIsASentenceForTheScreensOwnLabel)
{
    auto party = partyOf(flight, QStringLiteral("5A"));
    party.ttlSeconds = 3600; // longer than the standard hold: not a kiosk's to give
    EXPECT_FALSE(journey->hold(party).has_value());
    ASSERT_EQ(outcomes->names, QStringList{QStringLiteral("refused")});
    const QString text = outcomes->details.first();
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.at(0).isUpper()) << text.toStdString();
    EXPECT_TRUE(journey->session().reference().isEmpty());
    EXPECT_EQ(statusOf(QStringLiteral("5A")), SeatStatus::Free);
}

TEST_P(BookingJourneyTest, ResetLeavesAHoldKeptForTheCustomer)
{
    const auto held = journey->hold(partyOf(flight, QStringLiteral("5B")));
    ASSERT_TRUE(held.has_value());
    journey->reset();
    EXPECT_TRUE(journey->session().reference().isEmpty());
    EXPECT_FALSE(journey->releaseUnkeptHold(QStringLiteral("nothing to release")).has_value());
    EXPECT_EQ(service->find(held->reference)->state, BookingState::SeatHeld);
}

KIOSK_ON_BOTH_BACKENDS(BookingJourneyTest);

// PostgreSQL only: it is the server that goes away.
TEST(BookingJourneyReconnect, HoldSentAsTheDatabaseWentAwayIsReplayedOnceItIsBack)
{
    PrivateCluster cluster;
    ASSERT_TRUE(cluster.create()) << cluster.error().toStdString();
    auto opened = Database::open(cluster.url());
    ASSERT_TRUE(opened.ok());
    std::unique_ptr<Database> db = std::move(*opened);
    ASSERT_TRUE(Migrator(*db).migrate().ok());
    const Flight flight = addTestFlight(*db);
    MockPaymentGateway gateway;
    BookingService service(*db, gateway, Kiosk);
    auto live = LiveSync::open(cluster.url(), service, *db);
    ASSERT_TRUE(live.ok()) << live.error().message.toStdString();
    (*live)->start();
    bool restored = false;
    QObject::connect(live->get(), &LiveSync::connectionRestored, [&] { restored = true; });
    BookingJourney journey(service, BookingJourney::Terminal::Kiosk);
    journey.setLiveSync(live->get());
    Outcomes outcomes(journey);

    ASSERT_TRUE(cluster.stop());
    EXPECT_FALSE(journey.hold(partyOf(flight, QStringLiteral("2B"))).has_value());
    EXPECT_EQ(outcomes.names, QStringList{QStringLiteral("connectionLost")});
    EXPECT_TRUE(journey.hasUnresolvedHold());

    ASSERT_TRUE(cluster.start());
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored; }, 20000));
    const auto held = journey.replayUnresolvedHold();
    ASSERT_TRUE(held.has_value()) << outcomes.names.join(u' ').toStdString();
    EXPECT_EQ(outcomes.names.last(), QStringLiteral("held"));
    EXPECT_FALSE(journey.hasUnresolvedHold());
    EXPECT_EQ(held->state, BookingState::SeatHeld);
    // The same request again (the key the lost attempt carried): the same booking, not a second.
    HoldRequest again;
    again.flight = FlightRef::byId(flight.id);
    again.seats << SeatCode::parse(QStringLiteral("2B")).value();
    again.passengers << QStringLiteral("Ada Lovelace");
    again.idempotencyKey = held->idempotencyKey;
    auto replayed = service.hold(again);
    ASSERT_TRUE(replayed.ok()) << replayed.error().message.toStdString();
    EXPECT_EQ(replayed->reference, held->reference);
}

} // namespace
