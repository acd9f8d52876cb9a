// Blocked and desk-only seats on terminal logins (migration 0030, docs/security.md): the
// database refuses a kiosk login a desk-only seat however it asks (its program claiming an
// agent, kiosk_hold_on_sale called by hand, its own SQL), refuses a desk login without an agent
// signed in, and lets a signed-in agent sell it. Blocking needs an agent signed in.
// PostgreSQL only: SQLite has no logins.
#include "TerminalLoginFixture.h"

#include "booking/SeatBlocker.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class BlockedSeatsLoginTest : public TerminalLoginFixture {
protected:
    void SetUp() override
    {
        TerminalLoginFixture::SetUp();
        if (HasFatalFailure())
            return;
        for (const auto &[code, deskOnly] : {std::pair{QStringLiteral("5A"), true}, std::pair{QStringLiteral("5B"), false}})
            ASSERT_TRUE(SeatBlocker(*db, service->events(), service->actor())
                            .block(FlightRef::byId(flight.id),
                                   SeatBlockRequest{{SeatCode::parse(code).value()}, QStringLiteral("kept"), deskOnly})
                            .ok());
    }

    QString seatsAndLines()
    {
        return QString::number(scalar(*db, QStringLiteral("SELECT count(*) FROM seats WHERE blocked"))) + QLatin1Char('/')
            + QString::number(scalar(*db, QStringLiteral("SELECT count(*) FROM seats WHERE block_channel = 'desk'")))
            + QLatin1Char('/') + QString::number(countRows(*db, QStringLiteral("booking_lines")));
    }
    // kiosk_hold_on_sale by hand, as a kiosk's own SQL would call it: its outcome.
    static QString rawHold(Database &on, qint64 flightId, const QString &seat, const QString &role)
    {
        QSqlQuery query(on.connection());
        const bool ran = query.exec(QStringLiteral("SELECT outcome FROM kiosk_hold_on_sale(%1, '[{\"code\": \"%2\", \"name\": \"A B\"}]', "
                                                   "600, NULL, 'RAW%3', 'gate-1', 'kiosk', 0, '%4')")
                                        .arg(flightId)
                                        .arg(seat, seat, role));
        if (!ran)
            return query.lastError().nativeErrorCode();
        return query.next() ? query.value(0).toString() : QString();
    }

    const Actor claimedAgent{QStringLiteral("gate-1"), QStringLiteral("alice"), Role::Agent};
};

TEST_P(BlockedSeatsLoginTest, AKioskLoginCannotTakeADeskOnlySeatHoweverItAsks)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    const QString before = seatsAndLines();

    BookingService claimsAgent(*kiosk, gateway, claimedAgent);
    auto refused = claimsAgent.hold(request({QStringLiteral("5A")}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SeatTaken) << refused.error().message.toStdString();
    EXPECT_EQ(rawHold(*kiosk, flight.id, QStringLiteral("5A"), QStringLiteral("admin")), QStringLiteral("blocked"));
    EXPECT_EQ(rawHold(*kiosk, flight.id, QStringLiteral("5B"), QStringLiteral("admin")), QStringLiteral("blocked"));
    // Its own SQL: no writes to lines (0026), none to the block (0010, 0030).
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE seats SET blocked = FALSE WHERE code = '5A'")), QStringLiteral("42501"));
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE seats SET block_channel = NULL, block_reason = NULL WHERE code = '5A'")),
              QStringLiteral("42501"));
    EXPECT_EQ(seatsAndLines(), before);

    // A desk login sells it only with an agent signed in.
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    BookingService nobodySignedIn(*desk, gateway, claimedAgent);
    EXPECT_FALSE(nobodySignedIn.hold(request({QStringLiteral("5A")})).ok());
    EXPECT_EQ(seatsAndLines(), before);
    BookingService agent(*desk, gateway, signIn(*desk, QStringLiteral("alice")));
    auto sold = agent.hold(request({QStringLiteral("5A")}));
    ASSERT_TRUE(sold.ok()) << sold.error().message.toStdString();
    EXPECT_FALSE(agent.hold(request({QStringLiteral("5B")})).ok()) << "a seat blocked for every channel was sold";
}

TEST_P(BlockedSeatsLoginTest, NoBookingLineLandsOnABlockedSeatWhoeverWritesIt)
{
    auto held = service->hold(request({QStringLiteral("6A")}));
    ASSERT_TRUE(held.ok());
    // Even the owner's SQL (a bug in a program) cannot move a line onto a seat nobody sells.
    EXPECT_EQ(refusal(*db, QStringLiteral("UPDATE booking_lines SET seat_id = (SELECT id FROM seats WHERE code = '5B' "
                                          "AND flight_id = %1) WHERE active")
                               .arg(flight.id)),
              QStringLiteral("42501"));
    // A desk login with an agent moves one onto the desk's seat; without one it cannot.
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    const QString move = QStringLiteral("UPDATE booking_lines SET seat_id = (SELECT id FROM seats WHERE code = '5A' "
                                        "AND flight_id = %1) WHERE active")
                             .arg(flight.id);
    EXPECT_EQ(refusal(*desk, move), QStringLiteral("42501"));
    signIn(*desk, QStringLiteral("alice"));
    EXPECT_EQ(refusal(*desk, move), QString());
}

TEST_P(BlockedSeatsLoginTest, BlockingNeedsAnAgentSignedIn)
{
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    BookingService claims(*desk, gateway, claimedAgent);
    const SeatBlockRequest request{{SeatCode::parse(QStringLiteral("8C")).value()}, QStringLiteral("broken"), true};
    auto refused = SeatBlocker(*desk, claims.events(), claimedAgent).block(FlightRef::byId(flight.id), request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << refused.error().message.toStdString();
    const Actor alice = signIn(*desk, QStringLiteral("alice"));
    EXPECT_TRUE(SeatBlocker(*desk, claims.events(), alice).block(FlightRef::byId(flight.id), request).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM access_events WHERE action = 'block seats' "
                                         "AND actor = 'alice' AND login <> ''")),
              1);
}

INSTANTIATE_TEST_SUITE_P(Backends, BlockedSeatsLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
