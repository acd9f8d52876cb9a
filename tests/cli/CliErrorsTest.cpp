// Every error class of the kioskctl contract: its exit code, its error object on stderr,
// and that the failed command changed nothing.
#include "CliFixture.h"
#include "SqlProbe.h"

#include "storage/Migrator.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliErrorsTest : public CliTest {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.blocked = {QStringLiteral("3B")};
        return spec;
    }

    // Runs a command that must fail with `exitCode` and `code`, and returns its message.
    QString expectFailure(const QStringList &arguments, int exitCode, const QString &code, const QByteArray &input = {})
    {
        const CtlRun run = ctl(arguments, input);
        EXPECT_EQ(run.exitCode, exitCode) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.describe();
        EXPECT_TRUE(run.out.isEmpty()) << "stdout of a failed command: " << run.out.toStdString();
        const QJsonObject error = run.error();
        EXPECT_EQ(error.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("message")}));
        EXPECT_EQ(error.value(QStringLiteral("error")).toString(), code) << run.err.toStdString();
        const QString message = error.value(QStringLiteral("message")).toString();
        EXPECT_FALSE(message.isEmpty());
        return message;
    }

    qint64 bookings() { return countRows(*db, QStringLiteral("bookings")); }
};

const QString BadInput = QStringLiteral("bad_input");
const QString NotFound = QStringLiteral("not_found");

TEST_P(CliErrorsTest, UnknownFlightIsNotFound)
{
    expectFailure({QStringLiteral("seats"), QStringLiteral("999999")}, 4, NotFound);
    expectFailure({QStringLiteral("seats"), QStringLiteral("KX999/2030-01-01")}, 4, NotFound);
    expectFailure({QStringLiteral("hold"), QStringLiteral("999999"), QStringLiteral("1A")}, 4, NotFound);
    EXPECT_EQ(bookings(), 0);
}

TEST_P(CliErrorsTest, UnknownSeatIsNotFoundAndHoldsNothing)
{
    const QString message = expectFailure({QStringLiteral("hold"), flightId(), QStringLiteral("1A,11A")}, 4, NotFound);
    EXPECT_TRUE(message.contains(QStringLiteral("11A"))) << message.toStdString();
    EXPECT_EQ(bookings(), 0);
    expectAllSeatsFreeExcept();
}

TEST_P(CliErrorsTest, UnknownBookingIsNotFound)
{
    for (const QString &command : {QStringLiteral("show"), QStringLiteral("cancel"), QStringLiteral("refund")})
        expectFailure({command, QStringLiteral("ZZZZZZ")}, 4, NotFound);
    expectFailure({QStringLiteral("show"), QStringLiteral("987654321")}, 4, NotFound);
    expectFailure({QStringLiteral("pay"), QStringLiteral("ZZZZZZ")}, 4, NotFound, cardInput());
}

TEST_P(CliErrorsTest, TakenSeatIsAConflictAndTheOtherSeatStaysFree)
{
    const QString first = holdSeats(QStringLiteral("5A"));
    ASSERT_FALSE(first.isEmpty());
    const QString message = expectFailure({QStringLiteral("hold"), flightId(), QStringLiteral("5B,5A")}, 3,
                                          QStringLiteral("seat_taken"));
    EXPECT_TRUE(message.contains(QStringLiteral("5A"))) << message.toStdString();
    EXPECT_EQ(bookings(), 1);
    expectAllSeatsFreeExcept({QStringLiteral("5A")}); // all or nothing: 5B was not held
    EXPECT_EQ(seatStatus(QStringLiteral("5A")), QStringLiteral("held"));

    expectFailure({QStringLiteral("hold"), flightId(), QStringLiteral("3B")}, 3, QStringLiteral("seat_taken")); // blocked
    EXPECT_EQ(bookings(), 1);
}

TEST_P(CliErrorsTest, WrongStateIsAConflict)
{
    const QString reference = holdSeats(QStringLiteral("6A"));
    ASSERT_FALSE(reference.isEmpty());
    // Refund before any capture: the booking is not even cancelled.
    expectFailure({QStringLiteral("refund"), reference}, 3, QStringLiteral("wrong_state"));
    ASSERT_EQ(ctl({QStringLiteral("cancel"), reference}).exitCode, 0);
    // Cancelled, but nothing was ever captured.
    const QString message = expectFailure({QStringLiteral("refund"), reference}, 3, QStringLiteral("wrong_state"));
    EXPECT_TRUE(message.contains(QStringLiteral("no captured payment"))) << message.toStdString();
    expectFailure({QStringLiteral("cancel"), reference}, 3, QStringLiteral("wrong_state"));
    expectFailure({QStringLiteral("pay"), reference}, 3, QStringLiteral("wrong_state"), cardInput());
    EXPECT_EQ(ctl({QStringLiteral("show"), reference}).json().value(QStringLiteral("state")).toString(),
              QStringLiteral("CANCELLED"));
}

TEST_P(CliErrorsTest, SecondRefundIsAConflict)
{
    const QString reference = holdSeats(QStringLiteral("6B"));
    ASSERT_FALSE(reference.isEmpty());
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4242424242424242"))).exitCode, 0);
    ASSERT_EQ(ctl({QStringLiteral("cancel"), reference, QStringLiteral("--override-refund"), QStringLiteral("0"),
                   QStringLiteral("--override-reason"), QStringLiteral("refunded separately")})
                  .exitCode,
              0);
    ASSERT_EQ(ctl({QStringLiteral("refund"), reference}).exitCode, 0);
    expectFailure({QStringLiteral("refund"), reference}, 3, QStringLiteral("wrong_state"));
    const QJsonObject booking = ctl({QStringLiteral("show"), reference}).json();
    EXPECT_EQ(booking.value(QStringLiteral("refunded")).toObject().value(QStringLiteral("amount")).toInteger(), 4900);
}

TEST_P(CliErrorsTest, DeclinedCardIsAConflictAndTheHoldStays)
{
    const QString reference = holdSeats(QStringLiteral("7C"));
    ASSERT_FALSE(reference.isEmpty());
    expectFailure({QStringLiteral("pay"), reference}, 3, QStringLiteral("payment_declined"),
                  cardInput(QStringLiteral("4000000000000002")));
    EXPECT_EQ(ctl({QStringLiteral("show"), reference}).json().value(QStringLiteral("state")).toString(),
              QStringLiteral("SEAT_HELD"));
    EXPECT_EQ(seatStatus(QStringLiteral("7C")), QStringLiteral("held"));
    // Another card while the hold lasts.
    const CtlRun retry = ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("5555555555554444")));
    ASSERT_EQ(retry.exitCode, 0) << retry.describe();
    EXPECT_EQ(retry.json().value(QStringLiteral("state")).toString(), QStringLiteral("CONFIRMED"));
}

TEST_P(CliErrorsTest, InvalidCardIsBadInputAndChangesNothing)
{
    const QString reference = holdSeats(QStringLiteral("7D"));
    ASSERT_FALSE(reference.isEmpty());
    const qint64 events = countRows(*db, QStringLiteral("booking_events"));
    const QString luhn = expectFailure({QStringLiteral("pay"), reference}, 2, BadInput,
                                       cardInput(QStringLiteral("4242424242424241")));
    EXPECT_FALSE(luhn.contains(QStringLiteral("4242424242424241")));
    expectFailure({QStringLiteral("pay"), reference, QStringLiteral("--expiry"), QStringLiteral("01/20")}, 2, BadInput,
                  cardInput()); // expired
    expectFailure({QStringLiteral("pay"), reference, QStringLiteral("--expiry"), QStringLiteral("soon")}, 2, BadInput,
                  cardInput());
    // Card data on the command line is refused without being repeated, and so is a number
    // typed where the booking belongs.
    for (const QStringList &careless : {QStringList{QStringLiteral("pay"), reference, QStringLiteral("--card"),
                                                    QStringLiteral("4242424242424242")},
                                        QStringList{QStringLiteral("pay"), reference, QStringLiteral("--cvc"),
                                                    QStringLiteral("123")},
                                        QStringList{QStringLiteral("pay"), QStringLiteral("4242 4242 4242 4242")},
                                        QStringList{QStringLiteral("pay"), reference, QStringLiteral("4242424242424242")}}) {
        const CtlRun run = ctl(careless, cardInput());
        EXPECT_EQ(run.exitCode, 2) << run.describe();
        EXPECT_FALSE(run.err.contains("4242424242424242") || run.err.contains("4242 4242 4242 4242"))
            << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    const CtlRun noCard = ctl({QStringLiteral("pay"), reference}); // standard input is empty
    EXPECT_EQ(noCard.exitCode, 2) << noCard.describe();
    expectFailure({QStringLiteral("pay"), reference}, 2, BadInput); // no --card
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events")), events);
    EXPECT_EQ(ctl({QStringLiteral("show"), reference}).json().value(QStringLiteral("state")).toString(),
              QStringLiteral("SEAT_HELD"));
}

TEST_P(CliErrorsTest, MalformedHoldRequestsAreBadInputAndHoldNothing)
{
    const QList<QStringList> requests{
        {QStringLiteral("hold"), flightId(), QStringLiteral("12A,,x")},          // malformed seat list
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A,x")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A,4a")},           // seat listed twice
        {QStringLiteral("hold"), flightId(), QString()},                        // zero seats
        {QStringLiteral("hold"), flightId(), QStringLiteral(",")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A"), QStringLiteral("--ttl"), QStringLiteral("ten")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A"), QStringLiteral("--ttl"), QStringLiteral("0")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A"), QStringLiteral("--ttl"), QStringLiteral("-5")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A,4B"), QStringLiteral("--passenger"), QStringLiteral("Ada Lovelace")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A"), QStringLiteral("--passenger"), QStringLiteral("R2D2 !!")},
        {QStringLiteral("hold"), QStringLiteral("KX101"), QStringLiteral("4A")}, // flight without date
        {QStringLiteral("hold"), flightId()},                                     // missing argument
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A"), QStringLiteral("4B")},
        {QStringLiteral("hold"), flightId(), QStringLiteral("4A"), QStringLiteral("--unknown")},
    };
    for (const QStringList &request : requests)
        expectFailure(request, 2, BadInput);
    const QString twice = expectFailure({QStringLiteral("hold"), flightId(), QStringLiteral("4A,4B,4A")}, 2, BadInput);
    EXPECT_TRUE(twice.contains(QStringLiteral("listed twice"))) << twice.toStdString();
    const QString empty = expectFailure({QStringLiteral("hold"), flightId(), QStringLiteral("12A,,x")}, 2, BadInput);
    EXPECT_TRUE(empty.contains(QStringLiteral("empty entry"))) << empty.toStdString();
    EXPECT_EQ(bookings(), 0);
    expectAllSeatsFreeExcept();
}

TEST_P(CliErrorsTest, DepartedFlightIsBadInput)
{
    TestFlightSpec departed;
    departed.number = 102;
    departed.departsInSeconds = -3600;
    const Flight gone = addTestFlight(*db, departed);
    ASSERT_GT(gone.id, 0);
    expectFailure({QStringLiteral("hold"), QString::number(gone.id), QStringLiteral("1A")}, 2, BadInput);
    EXPECT_EQ(bookings(), 0);
}

TEST_P(CliErrorsTest, SchemaNewerThanTheProgramIsRefused)
{
    ASSERT_EQ(countRows(*db, QStringLiteral("schema_version")), Migrator(*db).latestVersion());
    QSqlQuery insert(db->connection());
    ASSERT_TRUE(insert.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (999, 'from_the_future', 'now')")))
        << insert.lastError().text().toStdString();
    for (const QString &command : {QStringLiteral("flights"), QStringLiteral("migrate")})
        expectFailure({command}, 5, QStringLiteral("schema_too_new"));
    expectFailure({QStringLiteral("hold"), flightId(), QStringLiteral("1A")}, 5, QStringLiteral("schema_too_new"));
    EXPECT_EQ(bookings(), 0);
}

KIOSK_ON_BOTH_BACKENDS(CliErrorsTest);

// Errors that come before any database: the URL and the connection.
TEST(CliDatabaseErrors, MalformedUrlIsBadInput)
{
    KioskctlRunner runner;
    for (const QString &url : {QStringLiteral("mysql://localhost/kiosk"), QStringLiteral("sqlite:"),
                               QStringLiteral("kiosk.sqlite"), QStringLiteral("postgresql://host:99999/kiosk"),
                               QStringLiteral("postgresql://host/kiosk?sslmode")}) {
        const CtlRun run = runner.run({QStringLiteral("--json"), QStringLiteral("--db"), url, QStringLiteral("flights")});
        EXPECT_EQ(run.exitCode, 2) << url.toStdString() << ": " << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));
    }
}

TEST(CliDatabaseErrors, UnreachableDatabaseExitsFive)
{
    KioskctlRunner runner;
    for (const QString &command : {QStringLiteral("flights"), QStringLiteral("migrate"), QStringLiteral("expire")}) {
        const CtlRun run = runner.run({QStringLiteral("--json"), QStringLiteral("--db"),
                                       QStringLiteral("postgresql://kiosk@/x?host=/nonexistent&port=1"), command});
        EXPECT_EQ(run.exitCode, 5) << command.toStdString() << ": " << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("database_unavailable"));
        EXPECT_TRUE(run.out.isEmpty());
    }
}

// PostgreSQL is never migrated behind the operator's back; SQLite (the demo) is.
TEST(CliSchema, PostgresOlderThanTheProgramNeedsMigrate)
{
    TestDatabase database(Backend::PostgreSQL);
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    QSqlQuery reset(db->connection());
    ASSERT_TRUE(reset.exec(QStringLiteral("DELETE FROM schema_version")));

    KioskctlRunner runner;
    const CtlRun refused = runner.run({QStringLiteral("--json"), QStringLiteral("--db"), database.url(), QStringLiteral("flights")});
    EXPECT_EQ(refused.exitCode, 5) << refused.describe();
    EXPECT_TRUE(refused.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("kioskctl migrate")));
}

TEST(CliSchema, NewSqliteFileIsMigratedOnFirstUse)
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("new.sqlite"));
    KioskctlRunner runner;
    const CtlRun run = runner.run({QStringLiteral("--json"), QStringLiteral("--db"), url, QStringLiteral("flights")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(run.json().value(QStringLiteral("flights")).toArray().isEmpty());
    auto db = Database::open(url);
    ASSERT_TRUE(db.ok());
    Migrator migrator(**db);
    EXPECT_EQ(migrator.currentVersion().value(), migrator.latestVersion());
}

TEST(CliSchema, DefaultDatabaseIsTheDemoFileInTheDataDirectory)
{
    QTemporaryDir home;
    KioskctlRunner runner;
    runner.environment().insert(QStringLiteral("HOME"), home.path());
    runner.environment().insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const CtlRun run = runner.run({QStringLiteral("--json"), QStringLiteral("migrate")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QString expected = home.filePath(QStringLiteral("data/BookingKiosk/kiosk/demo.sqlite"));
    EXPECT_EQ(run.json().value(QStringLiteral("database")).toString(), QStringLiteral("sqlite:") + expected);
    EXPECT_TRUE(QFileInfo::exists(expected));
}

} // namespace
