#include "CliFixture.h"
#include "SqlProbe.h"

#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// `kioskctl watch` as an operator runs it: a separate, long-running process whose stdout is
// JSON Lines. Its lines are collected as they arrive.
class CliWatchTest : public CliTest {
protected:
    void startWatch(int seconds = 30, const QStringList &as = {})
    {
        watch = runner.start(globalArguments() + as
                             + QStringList{QStringLiteral("watch"), flightId(), QStringLiteral("--for"),
                                           QString::number(seconds)});
        ASSERT_TRUE(watch->waitForStarted(10000));
        // A generous ceiling: signing in hashes the password (PBKDF2), slow under the sanitizers.
        ASSERT_TRUE(waitForLine([](const QJsonObject &line) {
            return line.value(QStringLiteral("event")).toString() == QLatin1String("watching");
        }, 60000)) << "no header line; stderr: " << watch->readAllStandardError().toStdString();
        EXPECT_EQ(lines.first().value(QStringLiteral("seats")).toInt(), 60);
    }

    void TearDown() override
    {
        if (watch) {
            watch->kill();
            watch->waitForFinished(5000);
        }
        CliTest::TearDown();
    }

    bool waitForLine(const std::function<bool(const QJsonObject &)> &wanted, int timeoutMs = 8000)
    {
        return QTest::qWaitFor(
            [&] {
                while (watch->canReadLine()) {
                    const QByteArray raw = watch->readLine();
                    QJsonParseError error;
                    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
                    EXPECT_EQ(error.error, QJsonParseError::NoError) << "not a JSON line: " << raw.toStdString();
                    lines << document.object();
                }
                return std::any_of(lines.begin(), lines.end(), wanted);
            },
            timeoutMs);
    }

    static std::function<bool(const QJsonObject &)> change(const QString &seat, const QString &from, const QString &to)
    {
        return [=](const QJsonObject &line) {
            return line.value(QStringLiteral("seat")).toString() == seat
                && line.value(QStringLiteral("from")).toString() == from
                && line.value(QStringLiteral("to")).toString() == to;
        };
    }

    std::unique_ptr<QProcess> watch;
    QList<QJsonObject> lines;
    KioskctlRunner runner;
};

// Signed in with the kiosk role, watch shows what happens to each seat but not whose
// booking it is: a kiosk must not learn other travellers' references.
TEST_P(CliWatchTest, AKioskUserSeesSeatsChangeButNoReferences)
{
    runner.environment().insert(QStringLiteral("KIOSK_PASSWORD"), StaffPassword);
    ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kim"), Role::Kiosk));
    ASSERT_NO_FATAL_FAILURE(startWatch(30, {QStringLiteral("--user"), QStringLiteral("kim")}));
    const QString reference = holdSeats(QStringLiteral("4B"));
    ASSERT_FALSE(reference.isEmpty());
    ASSERT_TRUE(waitForLine(change(QStringLiteral("4B"), QStringLiteral("free"), QStringLiteral("held"))));
    for (const QJsonObject &line : std::as_const(lines))
        EXPECT_TRUE(line.value(QStringLiteral("reference")).isNull() || !line.contains(QStringLiteral("reference")))
            << QJsonDocument(line).toJson().toStdString();
}

TEST_P(CliWatchTest, PrintsEachChangeAndReleasesLapsedHoldsItself)
{
    ASSERT_NO_FATAL_FAILURE(startWatch());
    const QString reference = holdSeats(QStringLiteral("3A"), {QStringLiteral("--ttl"), QStringLiteral("2")});
    ASSERT_FALSE(reference.isEmpty());
    ASSERT_TRUE(waitForLine(change(QStringLiteral("3A"), QStringLiteral("free"), QStringLiteral("held"))));
    const auto held = *std::find_if(lines.begin(), lines.end(),
                                    change(QStringLiteral("3A"), QStringLiteral("free"), QStringLiteral("held")));
    EXPECT_EQ(held.value(QStringLiteral("reference")).toString(), reference);
    EXPECT_EQ(held.value(QStringLiteral("flight")).toString(), flight.key());
    EXPECT_TRUE(QDateTime::fromString(held.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());

    // The process that held the seat is gone; the watch is the only running terminal, and
    // it releases the hold at its deadline.
    ASSERT_TRUE(waitForLine(change(QStringLiteral("3A"), QStringLiteral("held"), QStringLiteral("free"))));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("state = 'EXPIRED'")), 1);
    const auto freed = *std::find_if(lines.begin(), lines.end(),
                                     change(QStringLiteral("3A"), QStringLiteral("held"), QStringLiteral("free")));
    EXPECT_TRUE(freed.value(QStringLiteral("reference")).isNull());
}

TEST_P(CliWatchTest, StopsCleanlyOnSigterm)
{
    ASSERT_NO_FATAL_FAILURE(startWatch(600));
    ::kill(pid_t(watch->processId()), SIGTERM);
    ASSERT_TRUE(watch->waitForFinished(5000));
    EXPECT_EQ(watch->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(watch->exitCode(), 0);
}

TEST_P(CliWatchTest, UnknownFlightAndBadDurationAreSpecificErrors)
{
    const CtlRun unknown = ctl({QStringLiteral("watch"), QStringLiteral("ZZ999/2030-01-01")});
    EXPECT_EQ(unknown.exitCode, 4) << unknown.describe();
    EXPECT_EQ(unknown.error().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
    const CtlRun badFor = ctl({QStringLiteral("watch"), flightId(), QStringLiteral("--for"), QStringLiteral("soon")});
    EXPECT_EQ(badFor.exitCode, 2) << badFor.describe();
    EXPECT_TRUE(badFor.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("for")));
}

// PostgreSQL only: SQLite has no row locks to strand (a killed writer's journal is rolled
// back by the next opener); the hold-then-vanish case runs on both backends above.
class CliKillTest : public CliWatchTest {};

// A terminal killed with SIGKILL while its hold waits for a seat lock: the server notices
// the dead connection (client_connection_check_interval) and cancels the hold instead of
// committing it for no one once the lock comes free; the next terminal holds at once.
TEST_P(CliKillTest, TerminalKilledMidHoldLeavesNothingBehind)
{
    auto blocker = Database::open(url());
    ASSERT_TRUE(blocker.ok());
    auto transaction = Transaction::begin(**blocker);
    ASSERT_TRUE(transaction.ok());
    QSqlQuery lock((*blocker)->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("SELECT id FROM seats WHERE code = '8B' FOR UPDATE")));

    // Locks 8A (lower id first), then waits for 8B behind our transaction.
    auto victim = runner.start(globalArguments() + QStringList{QStringLiteral("hold"), flightId(), QStringLiteral("8A,8B")});
    ASSERT_TRUE(victim->waitForStarted(10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                              "WHERE NOT l.granted AND a.application_name LIKE 'kioskctl%'"))
                > 0;
        },
        5000))
        << "the kioskctl hold never started waiting";
    victim->kill(); // SIGKILL
    ASSERT_TRUE(victim->waitForFinished(5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name LIKE 'kioskctl%'"))
                == 0;
        },
        5000))
        << "the server never noticed that the terminal died";
    transaction->rollback();

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    EXPECT_FALSE(holdSeats(QStringLiteral("8A,8B")).isEmpty());
    RecordProperty("hold_after_kill_ms", int(QDateTime::currentMSecsSinceEpoch() - before));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliWatchTest);
INSTANTIATE_TEST_SUITE_P(Backends, CliKillTest, ::testing::Values(Backend::PostgreSQL), backendParamName);
