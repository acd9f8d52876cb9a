// The waitlist through real kioskctl processes: join, list, leave and settings with their
// refusals; and many processes freeing seats of one flight at the same moment, each running
// the offer maker after its cancellation: every entry is offered at most once, exactly the
// entries first in line that fit get seats, each offer has one e-mail, no seat is held twice.
#include "CliFixture.h"
#include "SqlProbe.h"

#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliWaitlistTest : public CliTest {
protected:
    // Holds every seat of the flight: `singles` one-seat bookings (returned), the rest in
    // parties of up to 9.
    QStringList sellOut(int singles)
    {
        MockPaymentGateway gateway;
        BookingService operatorDesk(*db, gateway, Actor::builtInOperator(QStringLiteral("setup")));
        QStringList codes;
        for (int row = 1; row <= 10; ++row)
            for (const QChar letter : QStringLiteral("ABCDEF"))
                codes << QString::number(row) + letter;
        QStringList singleReferences;
        for (qsizetype i = 0; i < codes.size();) {
            const qsizetype size = i < singles ? 1 : std::min<qsizetype>(9, codes.size() - i);
            HoldRequest request;
            request.flight = FlightRef::byId(flight.id);
            for (const QString &code : codes.mid(i, size))
                request.seats << SeatCode::parse(code).value();
            auto held = operatorDesk.hold(request);
            EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
            if (held && i < singles)
                singleReferences << held->reference;
            i += size;
        }
        return singleReferences;
    }
    CtlRun join(int seats, const QString &email)
    {
        QStringList arguments{QStringLiteral("waitlist"), QStringLiteral("join"), flightId(), QStringLiteral("--cabin"),
                              QStringLiteral("Y"), QStringLiteral("--email"), email};
        for (int i = 0; i < seats; ++i)
            arguments << QStringLiteral("--name") << QStringLiteral("Traveller %1 Waits").arg(QChar(char16_t(u'A' + i)));
        return ctl(arguments);
    }
};

TEST_P(CliWaitlistTest, JoinListShowLeaveAndSettingsWithTheirRefusals)
{
    const CtlRun early = join(2, QStringLiteral("early@example.org"));
    EXPECT_EQ(early.exitCode, 3) << early.describe();
    EXPECT_EQ(early.error().value(QStringLiteral("error")).toString(), QStringLiteral("wrong_state"));
    EXPECT_TRUE(QString::fromUtf8(early.err).contains(QStringLiteral("book them instead"))) << early.describe();

    sellOut(0);
    const CtlRun joined = join(2, QStringLiteral("pair@example.org"));
    ASSERT_EQ(joined.exitCode, 0) << joined.describe();
    EXPECT_EQ(joined.json().value(QStringLiteral("position")).toInt(), 1);
    EXPECT_EQ(joined.json().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    const QString id = QString::number(joined.json().value(QStringLiteral("id")).toInt());

    const CtlRun mismatch = ctl({QStringLiteral("waitlist"), QStringLiteral("join"), flightId(), QStringLiteral("--cabin"),
                                 QStringLiteral("Y"), QStringLiteral("--seats"), QStringLiteral("3"), QStringLiteral("--name"),
                                 QStringLiteral("Solo Traveller"), QStringLiteral("--email"), QStringLiteral("s@example.org")});
    EXPECT_EQ(mismatch.exitCode, 2) << mismatch.describe();
    const CtlRun badMail = join(1, QStringLiteral("not an address"));
    EXPECT_EQ(badMail.exitCode, 2) << badMail.describe();
    const CtlRun unknownFlight = ctl({QStringLiteral("waitlist"), QStringLiteral("list"), QStringLiteral("999999")});
    EXPECT_EQ(unknownFlight.exitCode, 4) << unknownFlight.describe();

    const CtlRun unknownEntry = ctl({QStringLiteral("waitlist"), QStringLiteral("show"), QStringLiteral("999999")});
    EXPECT_EQ(unknownEntry.exitCode, 4) << unknownEntry.describe();
    EXPECT_EQ(unknownEntry.error().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
    const CtlRun listed = ctl({QStringLiteral("waitlist"), QStringLiteral("list"), flightId()});
    ASSERT_EQ(listed.exitCode, 0) << listed.describe();
    EXPECT_EQ(listed.json().value(QStringLiteral("entries")).toArray().size(), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("waitlist")), 1); // the refusals stored nothing

    const CtlRun left = ctl({QStringLiteral("waitlist"), QStringLiteral("leave"), id});
    ASSERT_EQ(left.exitCode, 0) << left.describe();
    EXPECT_EQ(left.json().value(QStringLiteral("state")).toString(), QStringLiteral("left"));
    EXPECT_EQ(ctl({QStringLiteral("waitlist"), QStringLiteral("leave"), id}).exitCode, 3);

    const CtlRun tooShort = ctl({QStringLiteral("waitlist"), QStringLiteral("settings"), QStringLiteral("--offer-minutes"),
                                 QStringLiteral("1")});
    EXPECT_EQ(tooShort.exitCode, 2) << tooShort.describe();
    const CtlRun set = ctl({QStringLiteral("waitlist"), QStringLiteral("settings"), QStringLiteral("--offer-minutes"),
                            QStringLiteral("30")});
    ASSERT_EQ(set.exitCode, 0) << set.describe();
    EXPECT_EQ(set.json().value(QStringLiteral("offer_minutes")).toInt(), 30);
}

TEST_P(CliWaitlistTest, ProcessesFreeingSeatsAtOnceMakeEachOfferExactlyOnce)
{
    const int racers = GetParam() == Backend::PostgreSQL ? 16 : 8;
    const QStringList freed = sellOut(racers);
    ASSERT_EQ(freed.size(), racers);
    // Parties in order of joining; on PostgreSQL all 16 seats are free when the offers are
    // made, so exactly the first nine (3+1+2+1+2+3+1+1+2 = 16) are served.
    const QList<int> parties{3, 1, 2, 1, 2, 3, 1, 1, 2, 1, 2, 1};
    for (qsizetype i = 0; i < parties.size(); ++i)
        ASSERT_EQ(join(parties[i], QStringLiteral("party%1@example.org").arg(i)).exitCode, 0);

    QList<QStringList> commands;
    for (const QString &reference : freed)
        commands << globalArguments() + QStringList{QStringLiteral("cancel"), reference};
    // PostgreSQL: the flight's offer lock is held, so every process commits its cancellation
    // and then waits to make offers; released together, they race for the same free seats.
    std::optional<QSqlQuery> gate;
    const QString lockKey = QStringLiteral("hashtext('kiosk_waitlist.' || current_schema() || '.%1')").arg(flightId());
    if (GetParam() == Backend::PostgreSQL) {
        gate.emplace(db->connection());
        ASSERT_TRUE(gate->exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey)));
    }
    const std::vector<CtlRun> runs = runner.runConcurrently(commands, 120000, [&] {
        if (!gate)
            return;
        awaitWaiting(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory'"), racers);
        EXPECT_TRUE(gate->exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockKey)));
    });
    for (const CtlRun &run : runs)
        EXPECT_EQ(run.exitCode, 0) << run.describe();

    // Each offered entry has one booking of its size under its own key, and one e-mail.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM waitlist w JOIN bookings b ON b.id = w.booking_id "
                                         "WHERE b.idempotency_key = 'waitlist-offer-' || w.id AND b.state = 'SEAT_HELD' "
                                         "AND (SELECT count(*) FROM booking_lines l WHERE l.booking_id = b.id AND l.active) = w.seats")),
              countRows(*db, QStringLiteral("waitlist"), QStringLiteral("state = 'offered'")));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("terminal = 'waitlist'")),
              countRows(*db, QStringLiteral("waitlist"), QStringLiteral("state = 'offered'")));
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'waitlist_offer'")),
              countRows(*db, QStringLiteral("waitlist"), QStringLiteral("state = 'offered'")));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT seat_id FROM booking_lines WHERE active "
                                         "GROUP BY seat_id HAVING count(*) > 1) doubled")),
              0);
    if (GetParam() == Backend::PostgreSQL) {
        EXPECT_EQ(countRows(*db, QStringLiteral("waitlist"), QStringLiteral("state = 'offered'")), 9);
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT max(id) - min(id) FROM waitlist WHERE state = 'offered'")), 8);
    }
    // Nothing was missed: asked again, nobody who fits is left waiting.
    const CtlRun again = ctl({QStringLiteral("waitlist"), QStringLiteral("offer"), flightId()});
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_TRUE(again.json().value(QStringLiteral("offers")).toArray().isEmpty()) << again.describe();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliWaitlistTest);
