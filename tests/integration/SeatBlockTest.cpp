// Blocked seats and the desk's seats (issue 18, SeatBlocker, docs/security.md): a blocked
// seat is sold by nobody, a desk-only one by a signed-in agent only, never by the kiosk; a
// held or sold seat is not blocked; bad requests change nothing; every block is audited.
// On SQLite and PostgreSQL.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "booking/FlightCatalog.h"
#include "booking/SeatBlocker.h"
#include "storage/AccessLogRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SeatBlockTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        kioskService = std::make_unique<BookingService>(*db, gateway, atKiosk);
        agentService = std::make_unique<BookingService>(*db, gateway, agent);
    }
    void TearDown() override
    {
        kioskService.reset();
        agentService.reset();
        BackendTest::TearDown();
    }

    // As the agent alice at desk-1.
    Result<Flight> block(const QStringList &codes, const QString &reason, bool deskOnly = false)
    {
        return SeatBlocker(*db, service->events(), agent)
            .block(FlightRef::byId(flight.id), SeatBlockRequest{seats(codes), reason, deskOnly});
    }
    Result<Flight> unblock(const QStringList &codes, const Actor &as)
    {
        return SeatBlocker(*db, service->events(), as).unblock(FlightRef::byId(flight.id), seats(codes));
    }
    static QList<SeatCode> seats(const QStringList &codes)
    {
        QList<SeatCode> list;
        for (const QString &code : codes)
            list << SeatCode::parse(code).value();
        return list;
    }
    Seat seatAsSeenBy(const QString &code, SalesChannel channel)
    {
        auto map = FlightCatalog(*db).seats(flight.id, channel);
        EXPECT_TRUE(map.ok());
        for (const Seat &seat : map.value())
            if (seat.code.toString() == code)
                return seat;
        ADD_FAILURE() << "no seat " << code.toStdString();
        return {};
    }
    // Everything a block may change: the seats' blocks and the bookings.
    QString blocksAndBookings()
    {
        QString rows;
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT code, blocked, block_channel, block_reason FROM seats "
                                              "WHERE flight_id = %1 ORDER BY id").arg(flight.id)));
        while (query.next())
            rows += QStringLiteral("%1/%2/%3/%4,").arg(query.value(0).toString(), query.value(1).toString(),
                                                      query.value(2).toString(), query.value(3).toString());
        return rows + QString::number(countRows(*db, QStringLiteral("bookings"))) + QLatin1Char('/')
            + QString::number(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")));
    }
    QList<AccessEvent> logOf(const QString &action)
    {
        auto entries = AccessLogRepository(*db).entries(QString());
        EXPECT_TRUE(entries.ok());
        QList<AccessEvent> found;
        for (const AccessEvent &event : entries.value())
            if (event.action == action)
                found << event;
        return found;
    }

    const Actor atKiosk{QStringLiteral("gate-3"), QStringLiteral("kiosk"), Role::Kiosk};
    const Actor agent{QStringLiteral("desk-1"), QStringLiteral("alice"), Role::Agent};
    std::unique_ptr<BookingService> kioskService;
    std::unique_ptr<BookingService> agentService;
};

TEST_P(SeatBlockTest, ABlockedSeatIsSoldByNobodyAndADeskOnlySeatOnlyByAnAgent)
{
    ASSERT_TRUE(block({QStringLiteral("3A")}, QStringLiteral("broken recline")).ok());
    ASSERT_TRUE(block({QStringLiteral("3B")}, QStringLiteral("wheelchair passenger"), true).ok());

    // The kiosk sees both not available; the desk sees 3B free, with its reason.
    EXPECT_EQ(seatAsSeenBy(QStringLiteral("3A"), SalesChannel::Kiosk).status, SeatStatus::Blocked);
    EXPECT_EQ(seatAsSeenBy(QStringLiteral("3B"), SalesChannel::Kiosk).status, SeatStatus::Blocked);
    EXPECT_EQ(seatAsSeenBy(QStringLiteral("3A"), SalesChannel::Desk).status, SeatStatus::Blocked);
    const Seat desk = seatAsSeenBy(QStringLiteral("3B"), SalesChannel::Desk);
    EXPECT_EQ(desk.status, SeatStatus::Free);
    EXPECT_TRUE(desk.deskOnly);
    EXPECT_EQ(desk.blockReason, QStringLiteral("wheelchair passenger"));

    for (const QString &code : {QStringLiteral("3A"), QStringLiteral("3B")}) {
        auto refused = kioskService->hold(request({code}));
        ASSERT_FALSE(refused.ok()) << code.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::SeatTaken);
        EXPECT_EQ(refused.error().details, QStringList{code});
    }
    auto notForTheDeskEither = agentService->hold(request({QStringLiteral("3A"), QStringLiteral("4A")}));
    ASSERT_FALSE(notForTheDeskEither.ok());
    EXPECT_EQ(notForTheDeskEither.error().code, ErrorCode::SeatTaken);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 0);

    auto sold = agentService->hold(request({QStringLiteral("3B")}));
    ASSERT_TRUE(sold.ok()) << sold.error().message.toStdString();
    EXPECT_EQ(seatAsSeenBy(QStringLiteral("3B"), SalesChannel::Kiosk).status, SeatStatus::Held);
    ASSERT_TRUE(pay(*agentService, sold->reference).ok());
    EXPECT_EQ(seatAsSeenBy(QStringLiteral("3B"), SalesChannel::Kiosk).status, SeatStatus::Sold);

    // Moving a passenger onto a desk-only seat is the desk's too; a blocked one nobody's.
    auto other = agentService->hold(request({QStringLiteral("5C")}));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(pay(*agentService, other->reference).ok());
    ASSERT_TRUE(block({QStringLiteral("5D")}, QStringLiteral("kept for an escort"), true).ok());
    EXPECT_EQ(agentService->changeSeat(other->reference, seats({QStringLiteral("5C")}).first(),
                                       seats({QStringLiteral("3A")}).first())
                  .error()
                  .code,
              ErrorCode::SeatTaken);
    EXPECT_TRUE(agentService->changeSeat(other->reference, seats({QStringLiteral("5C")}).first(),
                                         seats({QStringLiteral("5D")}).first())
                    .ok());
}

TEST_P(SeatBlockTest, AHeldOrSoldSeatIsNotBlockedAndTheRefusalNamesTheBooking)
{
    auto held = kioskService->hold(request({QStringLiteral("4A")}));
    ASSERT_TRUE(held.ok());
    const QString before = blocksAndBookings();
    auto refused = block({QStringLiteral("4B"), QStringLiteral("4A")}, QStringLiteral("broken"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SeatTaken);
    EXPECT_EQ(refused.error().details, (QStringList{QStringLiteral("4A"), held->reference}));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("held by booking ") + held->reference))
        << refused.error().message.toStdString();
    EXPECT_EQ(blocksAndBookings(), before) << "4B was blocked although 4A was refused";

    ASSERT_TRUE(pay(*kioskService, held->reference).ok());
    refused = block({QStringLiteral("4A")}, QStringLiteral("broken"), true);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("sold to booking ") + held->reference))
        << refused.error().message.toStdString();

    // A hold past its deadline is free to anyone (rule 3): the block releases it.
    auto lapsed = kioskService->hold(request({QStringLiteral("6F")}));
    ASSERT_TRUE(lapsed.ok());
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE bookings SET hold_deadline = created_at WHERE reference = '%1'")
                                .arg(lapsed->reference),
                            QStringLiteral("test"))
                    .ok());
    ASSERT_TRUE(block({QStringLiteral("6F")}, QStringLiteral("crew rest")).ok());
    EXPECT_EQ(service->find(lapsed->reference)->state, BookingState::Expired);
}

TEST_P(SeatBlockTest, BadRequestsAndAKioskUserChangeNothingAndTheKioskIsLogged)
{
    ASSERT_TRUE(block({QStringLiteral("2C")}, QStringLiteral("crew rest")).ok());
    const QString before = blocksAndBookings();
    const auto expectRefused = [&](const Result<Flight> &result, ErrorCode code, const QString &words) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, code) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.contains(words)) << result.error().message.toStdString();
        EXPECT_EQ(blocksAndBookings(), before);
    };
    expectRefused(block({QStringLiteral("2A"), QStringLiteral("99K")}, QStringLiteral("x")), ErrorCode::NotFound,
                  QStringLiteral("has no seat 99K"));
    expectRefused(block({QStringLiteral("2A")}, QStringLiteral("  ")), ErrorCode::BadInput, QStringLiteral("needs a reason"));
    expectRefused(block({QStringLiteral("2A")}, QString(501, QLatin1Char('r'))), ErrorCode::BadInput,
                  QStringLiteral("500"));
    expectRefused(unblock({QStringLiteral("2C"), QStringLiteral("2D")}, agent), ErrorCode::WrongState,
                  QStringLiteral("seat 2D on KX101/"));
    expectRefused(unblock({QStringLiteral("77A")}, agent), ErrorCode::NotFound, QStringLiteral("has no seat 77A"));
    expectRefused(SeatBlocker(*db, service->events(), atKiosk)
                      .block(FlightRef::byId(flight.id), SeatBlockRequest{seats({QStringLiteral("2A")}), QStringLiteral("x"), true}),
                  ErrorCode::Forbidden, QStringLiteral("block seats"));
    expectRefused(unblock({QStringLiteral("2C")}, atKiosk), ErrorCode::Forbidden, QStringLiteral("block seats"));
    const QList<AccessEvent> refusals = logOf(QStringLiteral("block seats"));
    ASSERT_EQ(refusals.size(), 3); // the agent's block, then the kiosk's two tries
    EXPECT_EQ(refusals.at(1).outcome, QStringLiteral("denied"));
    EXPECT_EQ(refusals.at(1).terminal, QStringLiteral("gate-3"));
    EXPECT_EQ(refusals.at(2).outcome, QStringLiteral("denied"));
}

TEST_P(SeatBlockTest, BlocksAndUnblocksAreAuditedWithWhoAndWhy)
{
    ASSERT_TRUE(block({QStringLiteral("7A"), QStringLiteral("7B")}, QStringLiteral("deportee escort"), true).ok());
    ASSERT_TRUE(block({QStringLiteral("7B")}, QStringLiteral("broken tray table")).ok()); // a new reason and channel
    ASSERT_TRUE(unblock({QStringLiteral("7A")}, agent).ok());
    EXPECT_EQ(seatAsSeenBy(QStringLiteral("7A"), SalesChannel::Kiosk).status, SeatStatus::Free);
    const Seat seat = seatAsSeenBy(QStringLiteral("7B"), SalesChannel::Desk);
    EXPECT_EQ(seat.status, SeatStatus::Blocked);
    EXPECT_FALSE(seat.deskOnly);
    EXPECT_EQ(seat.blockReason, QStringLiteral("broken tray table"));

    const QList<AccessEvent> blocks = logOf(QStringLiteral("block seats"));
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.at(0).actor, QStringLiteral("alice"));
    EXPECT_EQ(blocks.at(0).terminal, QStringLiteral("desk-1"));
    EXPECT_EQ(blocks.at(0).outcome, QStringLiteral("allowed"));
    EXPECT_EQ(blocks.at(0).target, flight.key() + QStringLiteral(" 7A,7B"));
    EXPECT_EQ(blocks.at(0).detail, QStringLiteral("desk only: deportee escort"));
    EXPECT_EQ(blocks.at(1).detail, QStringLiteral("no channel: broken tray table; 7B was desk only (deportee escort)"));
    const QList<AccessEvent> unblocks = logOf(QStringLiteral("unblock seats"));
    ASSERT_EQ(unblocks.size(), 1);
    EXPECT_EQ(unblocks.at(0).detail, QStringLiteral("for sale; 7A was desk only (deportee escort)"));
}

INSTANTIATE_TEST_SUITE_P(Backends, SeatBlockTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
