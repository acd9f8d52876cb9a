// The happy path of every kioskctl command, with --json parsed and its fields checked.
#include "CliFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "storage/Migrator.h"

#include <QDateTime>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliCommandsTest : public CliTest {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.blocked = {QStringLiteral("3B")};
        return spec;
    }
};

QDateTime utc(const QJsonValue &value)
{
    const QString text = value.toString();
    EXPECT_TRUE(text.endsWith(QLatin1Char('Z'))) << "not UTC with Z: " << text.toStdString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    EXPECT_TRUE(time.isValid()) << text.toStdString();
    return time;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

TEST_P(CliCommandsTest, MigrateOnACurrentDatabaseAppliesNothing)
{
    const CtlRun run = ctl({QStringLiteral("migrate")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QJsonObject json = run.json();
    const int latest = Migrator(*db).latestVersion();
    EXPECT_GE(latest, 1);
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), latest);
    EXPECT_EQ(json.value(QStringLiteral("previous_version")).toInt(), latest);
    EXPECT_EQ(json.value(QStringLiteral("applied")).toInt(), 0);
    EXPECT_FALSE(json.value(QStringLiteral("database")).toString().isEmpty());
}

TEST_P(CliCommandsTest, FlightsListsAndFilters)
{
    CtlRun run = ctl({QStringLiteral("flights")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    QJsonArray flights = run.json().value(QStringLiteral("flights")).toArray();
    ASSERT_EQ(flights.size(), 1);
    const QJsonObject first = flights.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInteger(), flight.id);
    EXPECT_EQ(first.value(QStringLiteral("key")).toString(), flight.key());
    EXPECT_EQ(first.value(QStringLiteral("designator")).toString(), QStringLiteral("KX101"));
    EXPECT_EQ(first.value(QStringLiteral("origin")).toString(), QStringLiteral("DUB"));
    EXPECT_EQ(first.value(QStringLiteral("destination")).toString(), QStringLiteral("LHR"));
    EXPECT_EQ(first.value(QStringLiteral("date")).toString(), flight.departureDate.toString(Qt::ISODate));
    EXPECT_EQ(utc(first.value(QStringLiteral("departure"))).toMSecsSinceEpoch() / 1000,
              flight.departureUtc.toMSecsSinceEpoch() / 1000);
    EXPECT_EQ(first.value(QStringLiteral("aircraft")).toString(), QStringLiteral("A320"));
    EXPECT_EQ(first.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));

    run = ctl({QStringLiteral("flights"), QStringLiteral("--from"), QStringLiteral("dub"), QStringLiteral("--to"),
               QStringLiteral("LHR"), QStringLiteral("--date"), flight.departureDate.toString(Qt::ISODate)});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.json().value(QStringLiteral("flights")).toArray().size(), 1);

    for (const QStringList &filter : {QStringList{QStringLiteral("--from"), QStringLiteral("LHR")},
                                      QStringList{QStringLiteral("--to"), QStringLiteral("DUB")},
                                      QStringList{QStringLiteral("--date"),
                                                  flight.departureDate.addDays(1).toString(Qt::ISODate)}}) {
        run = ctl(QStringList{QStringLiteral("flights")} + filter);
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_TRUE(run.json().value(QStringLiteral("flights")).toArray().isEmpty()) << filter.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_P(CliCommandsTest, SeatsReportsCabinCharacteristicsPriceAndStatus)
{
    const CtlRun run = ctl({QStringLiteral("seats"), flight.key()}); // by CARRIER+NUMBER/DATE
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("flight")).toObject().value(QStringLiteral("key")).toString(), flight.key());
    const QJsonArray seats = json.value(QStringLiteral("seats")).toArray();
    ASSERT_EQ(seats.size(), 60);

    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &seat : seats)
        byCode.insert(seat[QStringLiteral("code")].toString(), seat.toObject());
    const QJsonObject window = byCode.value(QStringLiteral("1A"));
    EXPECT_EQ(window.value(QStringLiteral("cabin")).toString(), QStringLiteral("Y"));
    EXPECT_EQ(strings(window.value(QStringLiteral("characteristics"))),
              (QStringList{QStringLiteral("window"), QStringLiteral("exit_row")}));
    const QJsonObject price = window.value(QStringLiteral("price")).toObject();
    EXPECT_EQ(price.value(QStringLiteral("amount")).toInteger(), 4900);
    EXPECT_EQ(price.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(price.value(QStringLiteral("display")).toString(), QStringLiteral("EUR 49.00"));
    EXPECT_EQ(window.value(QStringLiteral("status")).toString(), QStringLiteral("free"));
    EXPECT_TRUE(strings(byCode.value(QStringLiteral("5C")).value(QStringLiteral("characteristics"))).isEmpty());

    const QJsonObject blocked = byCode.value(QStringLiteral("3B"));
    EXPECT_EQ(blocked.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
    EXPECT_TRUE(strings(blocked.value(QStringLiteral("characteristics"))).contains(QStringLiteral("blocked")));

    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("free")).toInt(), 59);
    EXPECT_EQ(counts.value(QStringLiteral("blocked")).toInt(), 1);
}

TEST_P(CliCommandsTest, HoldReturnsTheBookingWithAServerClockDeadline)
{
    const CtlRun run = ctl({QStringLiteral("hold"), flightId(), QStringLiteral("12a,2B"), QStringLiteral("--passenger"),
                            QStringLiteral("Ada Lovelace"), QStringLiteral("--passenger"), QStringLiteral("Alan Turing"),
                            QStringLiteral("--ttl"), QStringLiteral("300")});
    // Row 12 does not exist on a 10-row aircraft: not found, nothing held.
    EXPECT_EQ(run.exitCode, 4) << run.describe();
    expectAllSeatsFreeExcept();

    const auto before = db->serverNow();
    ASSERT_TRUE(before.ok());
    const CtlRun held = ctl({QStringLiteral("hold"), flightId(), QStringLiteral("7a,2B"), QStringLiteral("--passenger"),
                             QStringLiteral("Ada Lovelace"), QStringLiteral("--passenger"), QStringLiteral("Alan Turing"),
                             QStringLiteral("--ttl"), QStringLiteral("300")});
    ASSERT_EQ(held.exitCode, 0) << held.describe();
    const QJsonObject json = held.json();
    const QString reference = json.value(QStringLiteral("reference")).toString();
    EXPECT_EQ(reference.size(), 6);
    EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("SEAT_HELD"));
    EXPECT_EQ(json.value(QStringLiteral("flight")).toString(), flight.key());
    EXPECT_EQ(json.value(QStringLiteral("flight_id")).toInteger(), flight.id);
    EXPECT_EQ(strings(json.value(QStringLiteral("seats"))), (QStringList{QStringLiteral("7A"), QStringLiteral("2B")}));
    const QJsonArray passengers = json.value(QStringLiteral("passengers")).toArray();
    ASSERT_EQ(passengers.size(), 2);
    EXPECT_EQ(passengers[0][QStringLiteral("name")].toString(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(passengers[0][QStringLiteral("seat")].toString(), QStringLiteral("7A"));
    EXPECT_EQ(passengers[1][QStringLiteral("name")].toString(), QStringLiteral("Alan Turing"));
    EXPECT_EQ(passengers[1][QStringLiteral("seat")].toString(), QStringLiteral("2B"));
    EXPECT_EQ(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("amount")).toInteger(), 9800);
    EXPECT_EQ(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("display")).toString(),
              QStringLiteral("EUR 98.00"));

    // The deadline is the server's now + ttl; seconds_left is counted on the server clock.
    const QDateTime deadline = utc(json.value(QStringLiteral("deadline")));
    const QDateTime serverTime = utc(json.value(QStringLiteral("server_time")));
    EXPECT_GE(deadline.toMSecsSinceEpoch(), before->toMSecsSinceEpoch() + 299'000);
    EXPECT_LE(deadline.toMSecsSinceEpoch(), before->toMSecsSinceEpoch() + 310'000);
    const qint64 secondsLeft = json.value(QStringLiteral("seconds_left")).toInteger(-1);
    EXPECT_GT(secondsLeft, 290);
    EXPECT_LE(secondsLeft, 300);
    EXPECT_NEAR(double(secondsLeft), double(serverTime.msecsTo(deadline)) / 1000.0, 1.0);

    EXPECT_EQ(seatStatus(QStringLiteral("7A")), QStringLiteral("held"));
    EXPECT_EQ(seatStatus(QStringLiteral("2B")), QStringLiteral("held"));
    EXPECT_EQ(seatStatus(QStringLiteral("7B")), QStringLiteral("free"));
}

TEST_P(CliCommandsTest, HoldWithAnIdempotencyKeyIsRetrySafe)
{
    const QStringList arguments{QStringLiteral("hold"), flight.key(), QStringLiteral("4D"),
                                QStringLiteral("--idempotency-key"), QStringLiteral("retry-42")};
    const CtlRun first = ctl(arguments);
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    const CtlRun again = ctl(arguments);
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.json().value(QStringLiteral("reference")).toString(),
              first.json().value(QStringLiteral("reference")).toString());
    EXPECT_EQ(again.json().value(QStringLiteral("idempotency_key")).toString(), QStringLiteral("retry-42"));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
}

TEST_P(CliCommandsTest, PayConfirmsAndNeverPrintsTheCardNumber)
{
    const QString reference = holdSeats(QStringLiteral("5A,5B"));
    ASSERT_FALSE(reference.isEmpty());
    const QString card = QStringLiteral("4242424242424242");
    for (const bool json : {true, false}) {
        QStringList arguments{QStringLiteral("--db"), url(), QStringLiteral("pay"), reference,
                              QStringLiteral("--expiry"), QStringLiteral("12/30")};
        if (json)
            arguments << QStringLiteral("--json");
        const CtlRun run = runner.run(arguments, 60000, cardInput(QStringLiteral("4242 4242 4242 4242")));
        const QByteArray everything = run.out + run.err;
        EXPECT_FALSE(everything.contains(card.toLatin1())) << everything.toStdString();
        EXPECT_FALSE(everything.contains("4242 4242 4242 4242")) << everything.toStdString();
        if (json) {
            ASSERT_EQ(run.exitCode, 0) << run.describe();
            const QJsonObject paid = run.json();
            EXPECT_EQ(paid.value(QStringLiteral("state")).toString(), QStringLiteral("CONFIRMED"));
            EXPECT_EQ(paid.value(QStringLiteral("captured")).toObject().value(QStringLiteral("amount")).toInteger(), 9800);
            EXPECT_TRUE(paid.value(QStringLiteral("seconds_left")).isNull());
            const QJsonObject summary = paid.value(QStringLiteral("card")).toObject();
            EXPECT_EQ(summary.value(QStringLiteral("brand")).toString(), QStringLiteral("visa"));
            EXPECT_EQ(summary.value(QStringLiteral("last4")).toString(), QStringLiteral("4242"));
        } else {
            EXPECT_EQ(run.exitCode, 3) << "paying twice is a wrong state: " << run.describe(); // already CONFIRMED
        }
    }
    EXPECT_EQ(seatStatus(QStringLiteral("5A")), QStringLiteral("sold"));
    EXPECT_EQ(seatStatus(QStringLiteral("5B")), QStringLiteral("sold"));
}

TEST_P(CliCommandsTest, CancelReleasesTheSeatsAndRefundPaysBackOnce)
{
    const QString reference = holdSeats(QStringLiteral("6E"));
    ASSERT_FALSE(reference.isEmpty());
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4242424242424242"))).exitCode, 0);

    // A paid booking is cancelled with what it owes back: 50 % by the policy (the test
    // flight leaves in 48 h), paid at once.
    const CtlRun cancelled = ctl({QStringLiteral("cancel"), reference, QStringLiteral("--reason"), QStringLiteral("changed plans")});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.describe();
    EXPECT_EQ(cancelled.json().value(QStringLiteral("state")).toString(), QStringLiteral("REFUNDED"));
    EXPECT_EQ(cancelled.json()[QStringLiteral("refund")][QStringLiteral("amount")][QStringLiteral("amount")].toInteger(), 2450)
        << cancelled.out.toStdString();
    EXPECT_EQ(seatStatus(QStringLiteral("6E")), QStringLiteral("free"));

    // Paid back once: the booking is REFUNDED and a second refund is a conflict.
    const CtlRun again = ctl({QStringLiteral("refund"), reference});
    EXPECT_EQ(again.exitCode, 3) << again.describe();
    EXPECT_EQ(ctl({QStringLiteral("show"), reference}).json()[QStringLiteral("refunded")][QStringLiteral("amount")].toInteger(),
              2450);
}

TEST_P(CliCommandsTest, ShowGivesPassengersAndTheAuditHistory)
{
    const QString reference = holdSeats(QStringLiteral("8C"), {QStringLiteral("--passenger"), QStringLiteral("Grace Hopper")});
    ASSERT_FALSE(reference.isEmpty());
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4000000000000002"))).exitCode, 3);
    ASSERT_EQ(ctl({QStringLiteral("cancel"), reference}).exitCode, 0);

    for (const QString &key : {reference, reference.toLower()}) {
        const CtlRun run = ctl({QStringLiteral("show"), key});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        const QJsonObject json = run.json();
        EXPECT_EQ(json.value(QStringLiteral("reference")).toString(), reference);
        EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("CANCELLED"));
        const QJsonArray passengers = json.value(QStringLiteral("passengers")).toArray();
        ASSERT_EQ(passengers.size(), 1);
        EXPECT_EQ(passengers[0][QStringLiteral("name")].toString(), QStringLiteral("Grace Hopper"));
        EXPECT_FALSE(passengers[0][QStringLiteral("active")].toBool());

        QStringList path;
        for (const QJsonValue &entry : json.value(QStringLiteral("history")).toArray()) {
            path << entry[QStringLiteral("to")].toString();
            EXPECT_EQ(entry[QStringLiteral("terminal")].toString(), QStringLiteral("cli-test"));
            utc(entry[QStringLiteral("at")]);
        }
        EXPECT_EQ(path, (QStringList{QStringLiteral("SEAT_HELD"), QStringLiteral("PAYMENT_PENDING"),
                                     QStringLiteral("SEAT_HELD"), QStringLiteral("CANCELLED")}));
        EXPECT_EQ(json.value(QStringLiteral("history")).toArray().first()[QStringLiteral("from")].toString(),
                  QStringLiteral("INITIATED"));
    }

    // The numeric id works as well.
    const qint64 id = scalar(*db, QStringLiteral("SELECT id FROM bookings WHERE reference = '%1'").arg(reference));
    const CtlRun byId = ctl({QStringLiteral("show"), QString::number(id)});
    ASSERT_EQ(byId.exitCode, 0) << byId.describe();
    EXPECT_EQ(byId.json().value(QStringLiteral("reference")).toString(), reference);
}

TEST_P(CliCommandsTest, ExpireReleasesLapsedHoldsAndNamesThem)
{
    const QString lapsing = holdSeats(QStringLiteral("9A"));
    const QString lasting = holdSeats(QStringLiteral("9B"));
    ASSERT_FALSE(lapsing.isEmpty());
    ASSERT_FALSE(lasting.isEmpty());
    makeLapse(*db, lapsing);

    const CtlRun run = ctl({QStringLiteral("expire")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.json().value(QStringLiteral("released")).toInt(), 1);
    EXPECT_EQ(strings(run.json().value(QStringLiteral("references"))), QStringList{lapsing});
    EXPECT_EQ(ctl({QStringLiteral("show"), lapsing}).json().value(QStringLiteral("state")).toString(),
              QStringLiteral("EXPIRED"));
    EXPECT_EQ(ctl({QStringLiteral("show"), lasting}).json().value(QStringLiteral("state")).toString(),
              QStringLiteral("SEAT_HELD"));

    const CtlRun again = ctl({QStringLiteral("expire")});
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.json().value(QStringLiteral("released")).toInt(), 0);
}

TEST_P(CliCommandsTest, KioskDbIsTheDefaultDatabase)
{
    KioskctlRunner withEnvironment;
    withEnvironment.environment().insert(QStringLiteral("KIOSK_DB"), url());
    const CtlRun run = withEnvironment.run({QStringLiteral("--json"), QStringLiteral("flights")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.json().value(QStringLiteral("flights")).toArray().size(), 1);
}

TEST_P(CliCommandsTest, TextOutputIsForPeople)
{
    const CtlRun run = runner.run({QStringLiteral("--db"), url(), QStringLiteral("seats"), flightId()});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.contains(flight.key())) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("EUR 49.00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("free (59)"))) << text.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

KIOSK_ON_BOTH_BACKENDS(CliCommandsTest);

} // namespace
