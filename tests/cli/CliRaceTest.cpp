// The concurrency proof with real, separate kioskctl processes: many terminals race for
// one seat and the database lets exactly one of them win.
#include "CliFixture.h"
#include "PaygateSim.h"
#include "SqlProbe.h"

#include "domain/SeatCode.h"

#include <QSet>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliRaceTest : public CliTest {
protected:
    // 16 terminals on PostgreSQL; SQLite (one file, one writer at a time) gets 8.
    int racers() const { return GetParam() == Backend::PostgreSQL ? 16 : 8; }

    QList<QStringList> holdCommands(const QString &seats) const
    {
        QList<QStringList> commands;
        for (int i = 0; i < racers(); ++i)
            commands << QStringList{QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("--terminal"),
                                    QStringLiteral("racer-%1").arg(i), QStringLiteral("hold"), flightId(), seats,
                                    QStringLiteral("--passenger"), QStringLiteral("Racer %1").arg(QChar(char16_t(u'A' + i)))};
        return commands;
    }
};

TEST_P(CliRaceTest, ConcurrentHoldsForOneSeatHaveExactlyOneWinner)
{
    const std::vector<CtlRun> runs = runner.runConcurrently(holdCommands(QStringLiteral("7C")));
    ASSERT_EQ(int(runs.size()), racers());

    int winners = 0;
    int conflicts = 0;
    QString winner;
    for (const CtlRun &run : runs) {
        if (run.exitCode == 0) {
            ++winners;
            winner = run.json().value(QStringLiteral("reference")).toString();
            EXPECT_EQ(run.json().value(QStringLiteral("state")).toString(), QStringLiteral("SEAT_HELD"));
        } else if (run.exitCode == 3) {
            ++conflicts;
            EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("seat_taken"))
                << run.err.toStdString();
        } else {
            ADD_FAILURE() << "a racer neither won nor lost cleanly: " << run.describe();
        }
    }
    EXPECT_EQ(winners, 1);
    EXPECT_EQ(conflicts, racers() - 1);

    // The seat map shows the seat held exactly once, and nothing else taken.
    const auto seats = seatMap();
    int held = 0;
    for (const QJsonObject &seat : seats)
        held += seat.value(QStringLiteral("status")).toString() == QLatin1String("held") ? 1 : 0;
    EXPECT_EQ(held, 1);
    EXPECT_EQ(seats.value(QStringLiteral("7C")).value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 1);

    const CtlRun shown = ctl({QStringLiteral("show"), winner});
    ASSERT_EQ(shown.exitCode, 0) << shown.describe();
    EXPECT_EQ(shown.json().value(QStringLiteral("seats")).toArray().first().toString(), QStringLiteral("7C"));
}

// An agent blocks a seat while every terminal races to hold it (16 processes on
// PostgreSQL): the block and the holds lock the seat's row before they look, so either a
// hold wins and the block is refused naming its booking, or the block wins and every hold
// is refused. Never both.
TEST_P(CliRaceTest, AHoldAndABlockRacingForOneSeatNeverBothWin)
{
    QList<QStringList> commands = holdCommands(QStringLiteral("6B"));
    commands.insert(commands.size() / 2, {QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("block"),
                                          flightId(), QStringLiteral("6B"), QStringLiteral("--reason"),
                                          QStringLiteral("broken seat")});
    const std::vector<CtlRun> runs = runner.runConcurrently(commands);
    ASSERT_EQ(int(runs.size()), racers() + 1);
    const CtlRun &block = runs.at(std::size_t(racers() / 2));
    QStringList winners;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i == std::size_t(racers() / 2))
            continue;
        EXPECT_TRUE(runs[i].exitCode == 0 || runs[i].exitCode == 3) << runs[i].describe();
        if (runs[i].exitCode == 0)
            winners << runs[i].json().value(QStringLiteral("reference")).toString();
    }
    const QString status = seatStatus(QStringLiteral("6B"));
    if (block.exitCode == 0) {
        EXPECT_TRUE(winners.isEmpty()) << "the seat was blocked and held: " << winners.join(u' ').toStdString();
        EXPECT_EQ(status, QStringLiteral("blocked"));
        EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 0);
    } else {
        EXPECT_EQ(block.exitCode, 3) << block.describe();
        ASSERT_EQ(winners.size(), 1);
        EXPECT_TRUE(block.error().value(QStringLiteral("message")).toString().contains(winners.first())) << block.describe();
        EXPECT_EQ(status, QStringLiteral("held"));
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM seats WHERE blocked")), 0);
    }
}

// The same request retried by many processes at once under one idempotency key (a terminal
// whose first try timed out): every one gets the first hold, none "seat taken".
TEST_P(CliRaceTest, ConcurrentRetriesWithOneIdempotencyKeyAllGetTheFirstHold)
{
    QList<QStringList> commands;
    for (const QStringList &command : holdCommands(QStringLiteral("8D")))
        commands << command.mid(0, command.size() - 2) + QStringList{QStringLiteral("--passenger"), QStringLiteral("Ada Lovelace"),
                                                                     QStringLiteral("--idempotency-key"),
                                                                     QStringLiteral("retry-8d")};
    const std::vector<CtlRun> runs = runner.runConcurrently(commands);
    QSet<QString> references;
    for (const CtlRun &run : runs) {
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        if (run.exitCode == 0)
            references.insert(run.json().value(QStringLiteral("reference")).toString());
    }
    EXPECT_EQ(references.size(), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 1);
}

// Two agents cancel the two passengers of one booking at the same moment, or one passenger
// and the whole booking: each cancellation is decided on the booking as the other left it,
// so the booking ends CANCELLED and every seat's money is refunded exactly once.
TEST_P(CliRaceTest, ConcurrentCancellationsOfOneBookingRefundEachSeatOnce)
{
    PaygateSim sim;
    ASSERT_TRUE(sim.start());
    KioskctlRunner agents;
    agents.environment().insert(QStringLiteral("KIOSK_GATEWAY"), sim.url());
    const QList<QStringList> races{{QStringLiteral("--passenger"), QStringLiteral("9A")},
                                   {QStringLiteral("--passenger"), QStringLiteral("9B")},
                                   {QStringLiteral("--passenger"), QStringLiteral("9A")},
                                   {QStringLiteral("--refund")}};
    for (int round = 0; round < 2; ++round) {
        SCOPED_TRACE(round);
        const QString reference = holdSeats(QStringLiteral("9A,9B"));
        ASSERT_FALSE(reference.isEmpty());
        ASSERT_EQ(agents.run(globalArguments() + QStringList{QStringLiteral("pay"), reference}, 60000, cardInput()).exitCode, 0);
        QList<QStringList> commands;
        for (int i = 0; i < 2; ++i)
            commands << globalArguments() + QStringList{QStringLiteral("cancel"), reference} + races.at(round * 2 + i);
        const std::vector<CtlRun> runs = agents.runConcurrently(commands);
        for (const CtlRun &run : runs)
            EXPECT_TRUE(run.exitCode == 0 || run.exitCode == 3) << run.describe();
        const CtlRun shown = ctl({QStringLiteral("show"), reference});
        EXPECT_NE(shown.json().value(QStringLiteral("state")).toString(), QStringLiteral("CONFIRMED"))
            << "no passenger left, yet the booking is still confirmed";
        // 50 % of each 49.00 seat (the test flight leaves in 48 h), once per seat.
        EXPECT_EQ(sim.refundedFor(reference), 4900);
        EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 0);
    }
}

TEST_P(CliRaceTest, OverlappingMultiSeatHoldsNeverLeaveAPartialBooking)
{
    // Every racer wants a seat of its own (3B..6E) plus 2A: only one can have 2A, and a
    // loser must not keep its own seat either.
    QList<QStringList> commands;
    for (int i = 0; i < racers(); ++i) {
        const QString own = SeatCode(3 + i / 4, QChar(char16_t(u'B' + i % 4))).toString();
        commands << QStringList{QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("hold"), flightId(),
                                own + QStringLiteral(",2A")};
    }
    const std::vector<CtlRun> runs = runner.runConcurrently(commands);
    int winners = 0;
    for (const CtlRun &run : runs) {
        EXPECT_TRUE(run.exitCode == 0 || run.exitCode == 3) << run.describe();
        winners += run.exitCode == 0 ? 1 : 0;
    }
    EXPECT_EQ(winners, 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 2);
    int held = 0;
    for (const QJsonObject &seat : seatMap())
        held += seat.value(QStringLiteral("status")).toString() == QLatin1String("held") ? 1 : 0;
    EXPECT_EQ(held, 2);
}

KIOSK_ON_BOTH_BACKENDS(CliRaceTest);

} // namespace
