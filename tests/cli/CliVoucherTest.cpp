// kioskctl voucher and pay --voucher as a black box: the commands' contract, bad input that
// changes nothing, and the proof that a voucher is never used more often than allowed:
// 50 real kioskctl processes pay 50 bookings with one voucher of 10 uses at the same moment.
#include "CliFixture.h"
#include "SqlProbe.h"

#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"

#include <QElapsedTimer>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliVoucherTest : public CliTest {
protected:
    // 120 seats: 50 bookings for the race and 50 for its baseline.
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.rows = 20;
        return spec;
    }
    // `count` one-seat bookings held directly through the core (the race is the payments).
    QStringList holdMany(int count, int firstSeat)
    {
        MockPaymentGateway mock;
        BookingService holder(*db, mock, Actor{QStringLiteral("cli-test"), QStringLiteral("operator"), Role::Admin});
        QStringList references;
        for (int i = firstSeat; i < firstSeat + count; ++i) {
            HoldRequest request;
            request.flight = FlightRef::byId(flight.id);
            request.seats << SeatCode(1 + i / 6, QChar(char16_t(u'A' + i % 6)));
            auto held = holder.hold(request);
            EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
            references << (held.ok() ? held->reference : QString());
        }
        return references;
    }
    QList<QStringList> payCommands(const QStringList &references, const QStringList &extra) const
    {
        QList<QStringList> commands;
        for (int i = 0; i < references.size(); ++i)
            commands << QStringList{QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("--terminal"),
                                    QStringLiteral("racer-%1").arg(i), QStringLiteral("pay"), references.at(i)}
                    + extra;
        return commands;
    }
    CtlRun voucher(const QStringList &arguments) { return ctl(QStringList{QStringLiteral("voucher")} + arguments); }
    CtlRun payWith(const QString &reference, const QString &code)
    {
        return ctl({QStringLiteral("pay"), reference, QStringLiteral("--voucher"), code}, cardInput());
    }
};

TEST_P(CliVoucherTest, CreateListPayAndDisable)
{
    const CtlRun created = voucher({QStringLiteral("create"), QStringLiteral("Spring Sale 26"), QStringLiteral("--percent"),
                                    QStringLiteral("25"), QStringLiteral("--max-uses"), QStringLiteral("3"),
                                    QStringLiteral("--flights"), QStringLiteral("kx101,KX102"), QStringLiteral("--cabins"),
                                    QStringLiteral("Y,W"), QStringLiteral("--valid-to"), QStringLiteral("2099-12-31")});
    ASSERT_EQ(created.exitCode, 0) << created.describe();
    const QJsonObject v = created.json();
    EXPECT_EQ(v.value(QStringLiteral("code_hint")).toString(), QStringLiteral("SP…26"));
    EXPECT_EQ(v.value(QStringLiteral("percent")).toInt(), 25);
    EXPECT_EQ(v.value(QStringLiteral("max_uses")).toInt(), 3);
    EXPECT_EQ(v.value(QStringLiteral("flights")).toArray().size(), 2);
    EXPECT_EQ(v.value(QStringLiteral("valid_to")).toString(), QStringLiteral("2100-01-01T00:00:00Z"));

    const QString reference = holdSeats(QStringLiteral("3A,3B"));
    const CtlRun paid = payWith(reference, QStringLiteral("springsale26"));
    ASSERT_EQ(paid.exitCode, 0) << paid.describe();
    const QJsonObject discount = paid.json().value(QStringLiteral("voucher")).toObject();
    EXPECT_EQ(discount.value(QStringLiteral("discount")).toObject().value(QStringLiteral("amount")).toInt(), 2450);
    EXPECT_EQ(discount.value(QStringLiteral("paid")).toObject().value(QStringLiteral("amount")).toInt(), 7350);
    EXPECT_EQ(paid.json().value(QStringLiteral("captured")).toObject().value(QStringLiteral("amount")).toInt(), 7350);

    const CtlRun listed = voucher({QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.describe();
    EXPECT_EQ(listed.json().value(QStringLiteral("vouchers")).toArray().first().toObject().value(QStringLiteral("uses")).toInt(), 1);

    ASSERT_EQ(voucher({QStringLiteral("disable"), QStringLiteral("SPRING-SALE-26")}).exitCode, 0);
    EXPECT_EQ(voucher({QStringLiteral("disable"), QStringLiteral("SPRINGSALE26")}).exitCode, 3);
    const QString other = holdSeats(QStringLiteral("4A"));
    const CtlRun refused = payWith(other, QStringLiteral("SPRINGSALE26"));
    EXPECT_EQ(refused.exitCode, 3) << refused.describe();
    EXPECT_EQ(refused.error().value(QStringLiteral("error")).toString(), QStringLiteral("voucher_refused"));
    EXPECT_TRUE(refused.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("Nothing was charged")));
    EXPECT_EQ(ctl({QStringLiteral("show"), other}).json().value(QStringLiteral("state")).toString(), QStringLiteral("SEAT_HELD"));
}

TEST_P(CliVoucherTest, BadInputIsRefusedWithExit2AndChangesNothing)
{
    const QList<QStringList> bad{
        {QStringLiteral("create"), QStringLiteral("AB"), QStringLiteral("--percent"), QStringLiteral("10")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--percent"), QStringLiteral("10"),
         QStringLiteral("--amount"), QStringLiteral("5"), QStringLiteral("--currency"), QStringLiteral("EUR")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--percent"), QStringLiteral("120")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--amount"), QStringLiteral("5")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--amount"), QStringLiteral("5.123"),
         QStringLiteral("--currency"), QStringLiteral("EUR")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--percent"), QStringLiteral("10"),
         QStringLiteral("--valid-from"), QStringLiteral("2027-02-01"), QStringLiteral("--valid-to"), QStringLiteral("2027-01-01")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--percent"), QStringLiteral("10"),
         QStringLiteral("--cabins"), QStringLiteral("Z")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--percent"), QStringLiteral("10"),
         QStringLiteral("--flights"), QStringLiteral("KX101/2026-12-01")},
        {QStringLiteral("create"), QStringLiteral("GOOD2026"), QStringLiteral("--percent"), QStringLiteral("10"),
         QStringLiteral("--max-uses"), QStringLiteral("0")},
        {QStringLiteral("disable")},
        {QStringLiteral("redeem"), QStringLiteral("GOOD2026")},
    };
    for (const QStringList &arguments : bad) {
        const CtlRun run = voucher(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("vouchers")), 0);
    const QString reference = holdSeats(QStringLiteral("5A"));
    const CtlRun malformed = payWith(reference, QStringLiteral("no_such!"));
    EXPECT_EQ(malformed.exitCode, 2) << malformed.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
}

// The figure of docs/benchmarks.md: 50 processes, one voucher of 10 uses, exactly 10 paid
// with it; the other 40 are refused (used up), charged nothing and keep their seats.
TEST_P(CliVoucherTest, FiftyProcessesRacingForTenUsesUseItExactlyTenTimes)
{
    constexpr int Racers = 50;
    constexpr int MaxUses = 10;
    ASSERT_EQ(voucher({QStringLiteral("create"), QStringLiteral("RACE10"), QStringLiteral("--percent"), QStringLiteral("50"),
                       QStringLiteral("--max-uses"), QString::number(MaxUses)})
                  .exitCode,
              0);
    // Baseline in the same run: 50 processes paying 50 other bookings without a voucher.
    const QList<QStringList> baseline = payCommands(holdMany(Racers, 0), {});
    QElapsedTimer clock;
    clock.start();
    const std::vector<CtlRun> plain = runner.runConcurrently(baseline, 180000, {}, cardInput());
    const qint64 baselineMs = clock.elapsed();
    for (const CtlRun &run : plain)
        EXPECT_EQ(run.exitCode, 0) << run.describe();
    const QList<QStringList> commands = payCommands(holdMany(Racers, Racers), {QStringLiteral("--voucher"), QStringLiteral("race10")});
    clock.restart();
    const std::vector<CtlRun> runs = runner.runConcurrently(commands, 180000, {}, cardInput());
    const qint64 elapsedMs = clock.elapsed();
    int paid = 0;
    int refused = 0;
    for (const CtlRun &run : runs) {
        if (run.exitCode == 0) {
            ++paid;
            EXPECT_EQ(run.json().value(QStringLiteral("state")).toString(), QStringLiteral("CONFIRMED"));
            EXPECT_EQ(run.json().value(QStringLiteral("captured")).toObject().value(QStringLiteral("amount")).toInt(), 2450);
        } else if (run.exitCode == 3 && run.error().value(QStringLiteral("error")).toString() == QLatin1String("voucher_refused")) {
            ++refused;
        } else {
            ADD_FAILURE() << "a racer neither paid nor was refused cleanly: " << run.describe();
        }
    }
    EXPECT_EQ(paid, MaxUses);
    EXPECT_EQ(refused, Racers - MaxUses);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT uses FROM vouchers")), MaxUses);
    EXPECT_EQ(countRows(*db, QStringLiteral("voucher_redemptions"), QStringLiteral("status = 'REDEEMED'")), MaxUses);
    EXPECT_EQ(countRows(*db, QStringLiteral("voucher_redemptions"), QStringLiteral("status <> 'REDEEMED'")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), Racers + MaxUses); // the refused were charged nothing
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("state = 'SEAT_HELD'")), Racers - MaxUses);
    std::printf("[ figure ] %s: 50 kioskctl pay processes without a voucher (baseline) %lld ms; 50 with one voucher "
                "of max-uses %d: %d paid, %d refused in %lld ms\n",
                GetParam() == Backend::PostgreSQL ? "PostgreSQL" : "SQLite", static_cast<long long>(baselineMs), MaxUses,
                paid, refused, static_cast<long long>(elapsedMs));
}

KIOSK_ON_BOTH_BACKENDS(CliVoucherTest);

} // namespace
