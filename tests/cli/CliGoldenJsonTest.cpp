// The --json output of every kioskctl command that has one, against tests/cli/golden/json/,
// from one scripted session on a fresh SQLite test database (the contract's shapes do not
// depend on the backend; PostgreSQL would double the time for nothing new). What changes
// from run to run is normalised by GoldenNormaliser (GoldenFile.h) and nothing else.
#include "CliFixture.h"
#include "GoldenFile.h"
#include "SsimBuilder.h"
#include "storage/Migrator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace kiosk::test;

namespace {

class CliGoldenJsonTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        ASSERT_TRUE(m_files.isValid());
        normalise.replace(url(), QStringLiteral("<database>"));
        normalise.replace(QDir(m_files.path()).canonicalPath(), QStringLiteral("<files>"));
        normalise.replace(m_files.path(), QStringLiteral("<files>"));
        normalise.replace(QStringLiteral(KIOSK_TEST_DATA), QStringLiteral("<test-data>"));
        normalise.replace(flight.departureDate.toString(Qt::ISODate), QStringLiteral("<flight-date>"));
    }

    QString file(const QString &name) const { return m_files.filePath(name); }

    // kioskctl --json ARGUMENTS: exit 0, and stdout as json/NAME.json after normalising.
    CtlRun golden(const QString &name, const QStringList &arguments, const QByteArray &input = {})
    {
        const CtlRun run = ctl(arguments, input);
        EXPECT_EQ(run.exitCode, 0) << name.toStdString() << ": " << run.describe();
        EXPECT_TRUE(matchesGolden(QStringLiteral("json/%1.json").arg(name), normalise(run.out)));
        return run;
    }

    // Holds seats and names the new reference <refN> in this and every later output; with
    // a name, the hold's output is compared with json/NAME.json.
    QString hold(const QString &seats, const QStringList &extra = {}, const QString &name = {})
    {
        const CtlRun run = ctl(QStringList{QStringLiteral("hold"), flightId(), seats} + extra);
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        if (run.exitCode != 0)
            return {};
        const QString reference = run.json().value(QStringLiteral("reference")).toString();
        normalise.replace(reference, QStringLiteral("<ref%1>").arg(++m_references));
        if (!name.isEmpty()) {
            EXPECT_TRUE(matchesGolden(QStringLiteral("json/%1.json").arg(name), normalise(run.out)));
        }
        return reference;
    }

    GoldenNormaliser normalise;

private:
    QTemporaryDir m_files;
    int m_references = 0;
};

TEST_P(CliGoldenJsonTest, TheDatabaseCommands)
{
    // Every new migration moves the schema version: it is not part of the shape.
    const int schema = kiosk::Migrator::bundledVersion();
    normalise.replace(QStringLiteral("\"previous_version\": %1").arg(schema), QStringLiteral("\"previous_version\": <schema>"));
    normalise.replace(QStringLiteral("\"version\": %1").arg(schema), QStringLiteral("\"version\": <schema>"));
    golden(QStringLiteral("migrate"), {QStringLiteral("migrate")});
    // seed-demo needs an empty database, and a fixed start date makes it deterministic.
    const QString seeded = QStringLiteral("sqlite:") + file(QStringLiteral("seeded.sqlite"));
    const CtlRun seed = runner.run({QStringLiteral("--db"), seeded, QStringLiteral("--json"), QStringLiteral("seed-demo"),
                                    QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--start-date"),
                                    QStringLiteral("2030-01-07")});
    ASSERT_EQ(seed.exitCode, 0) << seed.describe();
    EXPECT_TRUE(matchesGolden(QStringLiteral("json/seed-demo.json"), normalise(seed.out)));
    golden(QStringLiteral("flights"), {QStringLiteral("flights")});
    // A seat kept for the desk and one blocked for all: the operator's map shows both blocks.
    golden(QStringLiteral("block"), {QStringLiteral("block"), flightId(), QStringLiteral("2B"), QStringLiteral("--reason"),
                                     QStringLiteral("wheelchair passenger"), QStringLiteral("--channel"), QStringLiteral("desk")});
    ASSERT_EQ(ctl({QStringLiteral("block"), flightId(), QStringLiteral("2C"), QStringLiteral("--reason"),
                   QStringLiteral("broken recline")})
                  .exitCode,
              0);
    golden(QStringLiteral("seats"), {QStringLiteral("seats"), flightId()});
    golden(QStringLiteral("unblock"), {QStringLiteral("unblock"), flightId(), QStringLiteral("2B,2C")});
}

// The report of today, with one paid booking (this flight leaves in 48 h, so its date is
// never today's).
TEST_P(CliGoldenJsonTest, TheOperationsCommands)
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    normalise.replace(today, QStringLiteral("<today>"));
    const QString reference = hold(QStringLiteral("5C"));
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput()).exitCode, 0);
    golden(QStringLiteral("report"), {QStringLiteral("report"), QStringLiteral("--from"), today, QStringLiteral("--to"), today});
    golden(QStringLiteral("expire"), {QStringLiteral("expire")});
    golden(QStringLiteral("reconcile"), {QStringLiteral("reconcile")});
    golden(QStringLiteral("purge"), {QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("30")});
}

TEST_P(CliGoldenJsonTest, TheSettingsAndAdministrationCommands)
{
    golden(QStringLiteral("policy"), {QStringLiteral("policy"), QStringLiteral("show")});
    golden(QStringLiteral("airline"), {QStringLiteral("airline"), QStringLiteral("show")});
    golden(QStringLiteral("checkin-window"), {QStringLiteral("checkin-window"), QStringLiteral("show")});
    golden(QStringLiteral("sales-cutoff"), {QStringLiteral("sales-cutoff"), QStringLiteral("show")});
    golden(QStringLiteral("bag-allowance"), {QStringLiteral("bag-allowance"), QStringLiteral("show")});
    golden(QStringLiteral("hold-limits"), {QStringLiteral("hold-limits"), QStringLiteral("show")});
    golden(QStringLiteral("user"), {QStringLiteral("user"), QStringLiteral("list")});
    golden(QStringLiteral("voucher-create"),
           {QStringLiteral("voucher"), QStringLiteral("create"), QStringLiteral("GOLDEN26"), QStringLiteral("--percent"),
            QStringLiteral("10"), QStringLiteral("--valid-from"), QStringLiteral("2030-01-01"), QStringLiteral("--valid-to"),
            QStringLiteral("2030-12-31")});
    golden(QStringLiteral("voucher-list"), {QStringLiteral("voucher"), QStringLiteral("list")});
    golden(QStringLiteral("waitlist-settings"), {QStringLiteral("waitlist"), QStringLiteral("settings")});
    golden(QStringLiteral("waitlist-list"), {QStringLiteral("waitlist"), QStringLiteral("list"), flightId()});
    // Three days of one flight 10 days ahead: inside the sales horizon, so opened for sale.
    SsimBuilder::Leg leg;
    leg.number = QStringLiteral("100");
    const QDate first = QDate::currentDate().addDays(10);
    leg.from = QLocale::c().toString(first, QStringLiteral("ddMMMyy")).toUpper();
    leg.to = QLocale::c().toString(first.addDays(2), QStringLiteral("ddMMMyy")).toUpper();
    QFile schedule(file(QStringLiteral("schedule.ssim")));
    ASSERT_TRUE(schedule.open(QIODevice::WriteOnly));
    schedule.write(SsimBuilder().add(leg).build());
    schedule.close();
    golden(QStringLiteral("import"), {QStringLiteral("import"), QStringLiteral("ssim"), schedule.fileName()});
    golden(QStringLiteral("open-sales"), {QStringLiteral("open-sales")});
    golden(QStringLiteral("disruptions"), {QStringLiteral("disruptions")});
}

// watch prints JSON Lines until stopped: its first line, after one second.
TEST_P(CliGoldenJsonTest, Watch)
{
    golden(QStringLiteral("watch"), {QStringLiteral("watch"), flightId(), QStringLiteral("--for"), QStringLiteral("1")});
}

// Check-in is open from 24 h before departure: this flight leaves in 20 h.
class CliGoldenCheckInTest : public CliGoldenJsonTest {
protected:
    void SetUp() override
    {
        CliGoldenJsonTest::SetUp();
        // A boarding pass barcode (BCBP) has the flight's day of the year before the
        // compartment code, and the day of issue (last digit of the year, day of the year).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        normalise.replace(QStringLiteral(" %1Y").arg(flight.departureDate.dayOfYear(), 3, 10, QLatin1Char('0')),
                          QStringLiteral(" <flight-day>Y"));
        normalise.replace(QStringLiteral("%1%2B").arg(today.year() % 10).arg(today.dayOfYear(), 3, 10, QLatin1Char('0')),
                          QStringLiteral("<issued>B"));
    }
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.departsInSeconds = 20 * 3600;
        return spec;
    }
};

TEST_P(CliGoldenCheckInTest, TheSellingAndCheckInCommands)
{
    const QString reference = hold(QStringLiteral("1A,1B"),
                                   {QStringLiteral("--passenger"), QStringLiteral("Ada Lovelace"), QStringLiteral("--passenger"),
                                    QStringLiteral("Grace Hopper"), QStringLiteral("--email"), QStringLiteral("ada@example.com")},
                                   QStringLiteral("hold"));
    ASSERT_FALSE(reference.isEmpty());
    golden(QStringLiteral("show"), {QStringLiteral("show"), reference});
    golden(QStringLiteral("pay"), {QStringLiteral("pay"), reference}, cardInput());
    golden(QStringLiteral("find"), {QStringLiteral("find"), QStringLiteral("--ref"), reference});
    golden(QStringLiteral("change-seat"), {QStringLiteral("change-seat"), reference, QStringLiteral("1B"), QStringLiteral("2B")});
    golden(QStringLiteral("checkin"), {QStringLiteral("checkin"), reference, QStringLiteral("--surname"), QStringLiteral("Lovelace")});
    golden(QStringLiteral("boarding-pass"),
           {QStringLiteral("boarding-pass"), reference, QStringLiteral("--pdf"), file(QStringLiteral("pass.pdf"))});
    // A bag tag carries the airline's numeric code.
    golden(QStringLiteral("airline-set"), {QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("KX"),
                                           QStringLiteral("--numeric-code"), QStringLiteral("999"), QStringLiteral("--name"),
                                           QStringLiteral("Kiosk Air")});
    golden(QStringLiteral("bags"), {QStringLiteral("bags"), reference, QStringLiteral("--passenger"), QStringLiteral("1A"),
                                    QStringLiteral("--count"), QStringLiteral("1")});
    golden(QStringLiteral("receipt"), {QStringLiteral("receipt"), reference, QStringLiteral("--pdf"), file(QStringLiteral("receipt.pdf"))});
    golden(QStringLiteral("offload"), {QStringLiteral("offload"), reference, QStringLiteral("--passenger"), QStringLiteral("2B"),
                                       QStringLiteral("--reason"), QStringLiteral("golden file")});

    const QString unpaid = hold(QStringLiteral("3A"));
    golden(QStringLiteral("cancel"), {QStringLiteral("cancel"), unpaid, QStringLiteral("--reason"), QStringLiteral("golden file")});
    const QString paid = hold(QStringLiteral("4A"));
    ASSERT_EQ(ctl({QStringLiteral("pay"), paid}, cardInput()).exitCode, 0);
    // Less than 24 h before departure the policy refunds nothing: cancelled, still paid.
    golden(QStringLiteral("cancel-paid"), {QStringLiteral("cancel"), paid, QStringLiteral("--reason"), QStringLiteral("golden file")});
    golden(QStringLiteral("refund"), {QStringLiteral("refund"), paid, QStringLiteral("--amount"), QStringLiteral("10.00"),
                                      QStringLiteral("--reason"), QStringLiteral("golden file")});
    golden(QStringLiteral("outbox-list"), {QStringLiteral("outbox"), QStringLiteral("list")});
    golden(QStringLiteral("outbox-retry"), {QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")});
}

INSTANTIATE_TEST_SUITE_P(SQLite, CliGoldenJsonTest, ::testing::Values(Backend::SQLite), backendParamName);
INSTANTIATE_TEST_SUITE_P(SQLite, CliGoldenCheckInTest, ::testing::Values(Backend::SQLite), backendParamName);

} // namespace
