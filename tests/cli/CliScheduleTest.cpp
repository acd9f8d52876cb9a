// kioskctl import ssim, disruptions and open-sales as separate processes on both databases,
// including terminals selling seats while an import changes the aircraft.
#include "CliFixture.h"
#include "SqlProbe.h"
#include "SsimBuilder.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliScheduleTest : public CliTest {
protected:
    QTemporaryDir dir;
    // Inside the sales horizon (28 days): the import puts the flights on sale.
    QDate firstDay = QDate::currentDate().addDays(10);

    static QString ssimDate(const QDate &date)
    {
        return QLocale::c().toString(date, QStringLiteral("ddMMMyy")).toUpper();
    }
    SsimBuilder::Leg leg(int days) const
    {
        return SsimBuilder::Leg::daily(firstDay, days);
    }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }
    QString flightKey(int day) const
    {
        return QStringLiteral("XX100/") + firstDay.addDays(day).toString(Qt::ISODate);
    }
};

TEST_P(CliScheduleTest, TheSampleImportsAndTheSecondImportSaysNothingChanged)
{
    const QString sample = QStringLiteral(KIOSK_TEST_DATA "/ssim/sample.ssim");
    const CtlRun first = ctl({QStringLiteral("import"), QStringLiteral("ssim"), sample});
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    const QJsonObject summary = first.json();
    EXPECT_EQ(summary.value(QStringLiteral("source")).toString(), QStringLiteral("ssim:XX"));
    EXPECT_TRUE(summary.value(QStringLiteral("changed")).toBool());
    const int added = summary.value(QStringLiteral("added")).toInt();
    EXPECT_EQ(added, summary.value(QStringLiteral("legs_in_schedule")).toInt());
    EXPECT_EQ(summary.value(QStringLiteral("generated_layouts")).toArray().size(), 6);

    const CtlRun second = runner.run({QStringLiteral("--db"), url(), QStringLiteral("import"), QStringLiteral("ssim"), sample});
    ASSERT_EQ(second.exitCode, 0) << second.describe();
    EXPECT_TRUE(second.out.contains("nothing changed: the database already holds this schedule")) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("unchanged %1").arg(added).toUtf8())) << second.out.toStdString();
}

TEST_P(CliScheduleTest, AMalformedFileExitsTwoNamingTheLineAndChangesNothing)
{
    SsimBuilder::Leg bad = leg(3);
    bad.departure = QStringLiteral("2460");
    const QString path = write(QStringLiteral("bad.ssim"), SsimBuilder().add(leg(3)).add(bad).build("\r\n"));
    const qint64 before = countRows(*db, QStringLiteral("flights"));
    const CtlRun run = ctl({QStringLiteral("import"), QStringLiteral("ssim"), path});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));
    EXPECT_EQ(run.error().value(QStringLiteral("message")).toString(),
              path + QStringLiteral(": line 12, columns 40-43: passenger STD \"2460\" is not a time HHMM from 0000 to "
                                    "2359 (nothing was imported)"));
    EXPECT_EQ(countRows(*db, QStringLiteral("flights")), before);
    const CtlRun missing = ctl({QStringLiteral("import"), QStringLiteral("ssim"), dir.filePath(QStringLiteral("none"))});
    EXPECT_EQ(missing.exitCode, 2) << missing.describe();
}

// Every bad SSIM input the issue lists, each as a whole file after a good import: exit 2,
// a message naming the place, and not one row changed.
TEST_P(CliScheduleTest, EveryBadInputExitsTwoNamingThePlaceAndChangesNothing)
{
    ASSERT_EQ(ctl({QStringLiteral("import"), QStringLiteral("ssim"),
                   write(QStringLiteral("good.ssim"), SsimBuilder().add(leg(3)).build())})
                  .exitCode,
              0);
    const QString snapshot = dumpDatabase(*db);
    // The second leg (line 12) as each case changes it.
    auto withSecond = [this](const std::function<void(SsimBuilder::Leg &)> &change) {
        SsimBuilder::Leg second = leg(3);
        second.number = QStringLiteral("200");
        change(second);
        return SsimBuilder().add(leg(3)).add(second);
    };
    auto joined = [](const QList<QByteArray> &records) { return records.join('\n') + '\n'; };
    QList<QByteArray> shorter = withSecond([](SsimBuilder::Leg &) {}).records();
    shorter[11].chop(1);
    QList<QByteArray> longer = withSecond([](SsimBuilder::Leg &) {}).records();
    longer[11] += ' ';
    QList<QByteArray> unknownType = withSecond([](SsimBuilder::Leg &) {}).records();
    unknownType[11][0] = '6';
    const QByteArray whole = withSecond([](SsimBuilder::Leg &) {}).build();
    const struct {
        const char *name;
        QByteArray file;
        QString expected; // a part of the message: the place and what is wrong
    } cases[] = {
        {"truncated", whole.left(whole.size() - 350), QStringLiteral("truncated")},
        {"short record", joined(shorter), QStringLiteral("line 12: the record is 199 bytes long")},
        {"long record", joined(longer), QStringLiteral("line 12: the record is 201 bytes long")},
        {"unknown record type", joined(unknownType), QStringLiteral("line 12, column 1: record type \"6\" is unknown")},
        {"period ends before it starts", withSecond([this](SsimBuilder::Leg &l) {
             l.from = ssimDate(firstDay.addDays(2)), l.to = ssimDate(firstDay);
         }).build(),
         QStringLiteral("line 12, columns 15-28: period of operation")},
        {"days of operation", withSecond([](SsimBuilder::Leg &l) { l.days = QStringLiteral("1234X67"); }).build(),
         QStringLiteral("line 12, columns 29-35: days of operation \"1234X67\"")},
        {"time 2460", withSecond([](SsimBuilder::Leg &l) { l.departure = QStringLiteral("2460"); }).build(),
         QStringLiteral("line 12, columns 40-43: passenger STD \"2460\"")},
        {"UTC variation +1900",
         withSecond([](SsimBuilder::Leg &l) { l.departureVariation = QStringLiteral("+1900"); }).build(),
         QStringLiteral("line 12, columns 48-52: departure UTC/local time variation \"+1900\"")},
        {"arrival before departure", withSecond([](SsimBuilder::Leg &l) {
             l.arrival = QStringLiteral("0700"), l.dateVariation = QStringLiteral("00");
         }).build(),
         QStringLiteral("line 12, columns 40-70: flight XX200")},
        {"duplicate leg", SsimBuilder().add(leg(3)).add(leg(3)).build(), QStringLiteral("lines 11 and 12: flight XX100")},
        {"unknown configuration code", withSecond([](SsimBuilder::Leg &l) {
             l.configuration = QStringLiteral("X12Y150");
         }).build(),
         QStringLiteral("line 12, columns 173-192: aircraft configuration \"X12Y150")},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        const CtlRun run = ctl({QStringLiteral("import"), QStringLiteral("ssim"), write(QStringLiteral("bad.ssim"), c.file)});
        EXPECT_EQ(run.exitCode, 2) << run.describe();
        const QString message = run.error().value(QStringLiteral("message")).toString();
        EXPECT_TRUE(message.contains(QStringLiteral(": line")) && message.contains(c.expected)) << message.toStdString();
        EXPECT_TRUE(message.endsWith(QStringLiteral("(nothing was imported)"))) << message.toStdString();
        EXPECT_EQ(dumpDatabase(*db), snapshot);
    }
}

TEST_P(CliScheduleTest, ACancelledLegShowsItsDisruptionsAndAnAgentHandlesThem)
{
    ASSERT_EQ(ctl({QStringLiteral("import"), QStringLiteral("ssim"),
                   write(QStringLiteral("a.ssim"), SsimBuilder().add(leg(2)).build())}).exitCode, 0);
    const CtlRun held = ctl({QStringLiteral("hold"), flightKey(1), QStringLiteral("7A,7B")});
    ASSERT_EQ(held.exitCode, 0) << held.describe();
    const QString reference = held.json().value(QStringLiteral("reference")).toString();

    // The same period, but the second day is no longer a day of operation.
    SsimBuilder::Leg firstDayOnly = leg(2);
    firstDayOnly.days = QStringLiteral("       ");
    firstDayOnly.days[firstDay.dayOfWeek() - 1] = QChar('0' + firstDay.dayOfWeek());
    const CtlRun shorter = ctl({QStringLiteral("import"), QStringLiteral("ssim"),
                                write(QStringLiteral("b.ssim"), SsimBuilder().add(firstDayOnly).build())});
    ASSERT_EQ(shorter.exitCode, 0) << shorter.describe();
    EXPECT_EQ(shorter.json().value(QStringLiteral("cancelled")).toInt(), 1);
    EXPECT_EQ(shorter.json().value(QStringLiteral("flights_with_bookings_affected")).toArray(),
              QJsonArray{flightKey(1)});

    const CtlRun list = ctl({QStringLiteral("disruptions"), QStringLiteral("--open")});
    ASSERT_EQ(list.exitCode, 0) << list.describe();
    const QJsonArray open = list.json().value(QStringLiteral("disruptions")).toArray();
    ASSERT_EQ(open.size(), 1);
    const QJsonObject disruption = open.first().toObject();
    EXPECT_EQ(disruption.value(QStringLiteral("booking")).toString(), reference);
    EXPECT_EQ(disruption.value(QStringLiteral("booking_state")).toString(), QStringLiteral("CANCELLED"));
    EXPECT_EQ(disruption.value(QStringLiteral("kind")).toString(), QStringLiteral("CANCELLED"));
    EXPECT_EQ(disruption.value(QStringLiteral("flight")).toString(), flightKey(1));
    const QString id = QString::number(disruption.value(QStringLiteral("id")).toInteger());

    const CtlRun handled = ctl({QStringLiteral("disruptions"), QStringLiteral("--handle"), id, QStringLiteral("--note"),
                                QStringLiteral("customer called")});
    ASSERT_EQ(handled.exitCode, 0) << handled.describe();
    EXPECT_EQ(handled.json()[QStringLiteral("disruption")][QStringLiteral("handled_by")].toString(), QStringLiteral("operator"));
    EXPECT_EQ(ctl({QStringLiteral("disruptions"), QStringLiteral("--handle"), id}).exitCode, 3);
    EXPECT_TRUE(ctl({QStringLiteral("disruptions"), QStringLiteral("--open")})
                    .json().value(QStringLiteral("disruptions")).toArray().isEmpty());
    // The hold on the cancelled flight is gone and the flight is no longer sold.
    const CtlRun again = ctl({QStringLiteral("hold"), flightKey(1), QStringLiteral("8A")});
    EXPECT_EQ(again.exitCode, 2) << again.describe();
}

// A flight beyond the sales horizon: refused until opened; open-sales opens it once and
// refuses bad input with exit 2, an unknown flight with exit 4.
TEST_P(CliScheduleTest, OpenSalesPutsAFlightBeyondTheHorizonOnSaleOnce)
{
    SsimBuilder::Leg far = leg(1);
    far.from = far.to = ssimDate(firstDay.addDays(30));
    const QString key = QStringLiteral("XX100/") + firstDay.addDays(30).toString(Qt::ISODate);
    const CtlRun imported = ctl({QStringLiteral("import"), QStringLiteral("ssim"),
                                 write(QStringLiteral("far.ssim"), SsimBuilder().add(far).build())});
    ASSERT_EQ(imported.exitCode, 0) << imported.describe();
    EXPECT_EQ(imported.json().value(QStringLiteral("opened_for_sale")).toInt(), 0);

    const CtlRun early = ctl({QStringLiteral("hold"), key, QStringLiteral("7A")});
    EXPECT_EQ(early.exitCode, 3) << early.describe();
    EXPECT_TRUE(early.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("is not on sale yet")))
        << early.describe();
    const CtlRun map = ctl({QStringLiteral("seats"), key});
    EXPECT_EQ(map.exitCode, 3) << map.describe();

    const QString snapshot = dumpDatabase(*db);
    for (const QStringList &bad : {QStringList{QStringLiteral("open-sales"), QStringLiteral("--flight"), QStringLiteral("XX")},
                                   QStringList{QStringLiteral("open-sales"), QStringLiteral("--flight"), key,
                                               QStringLiteral("--every"), QStringLiteral("60")},
                                   QStringList{QStringLiteral("open-sales"), QStringLiteral("--every"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("open-sales"), key}}) {
        const CtlRun run = ctl(bad);
        EXPECT_EQ(run.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString() << ": " << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));
    }
    const CtlRun unknown = ctl({QStringLiteral("open-sales"), QStringLiteral("--flight"),
                                QStringLiteral("XX999/") + firstDay.toString(Qt::ISODate)});
    EXPECT_EQ(unknown.exitCode, 4) << unknown.describe();
    EXPECT_EQ(dumpDatabase(*db), snapshot);

    const CtlRun due = ctl({QStringLiteral("open-sales")});
    ASSERT_EQ(due.exitCode, 0) << due.describe();
    EXPECT_EQ(due.json().value(QStringLiteral("opened")).toInt(), 0); // 40 days out: not yet
    EXPECT_EQ(due.json().value(QStringLiteral("opens_days")).toInt(), 28);

    const CtlRun opened = ctl({QStringLiteral("open-sales"), QStringLiteral("--flight"), key});
    ASSERT_EQ(opened.exitCode, 0) << opened.describe();
    EXPECT_EQ(opened.json().value(QStringLiteral("flight")).toString(), key);
    EXPECT_FALSE(opened.json().value(QStringLiteral("already_open")).toBool());
    EXPECT_EQ(opened.json().value(QStringLiteral("seats")).toInt(), 168);
    const CtlRun again = runner.run({QStringLiteral("--db"), url(), QStringLiteral("open-sales"), QStringLiteral("--flight"), key});
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_TRUE(again.out.contains("is on sale already")) << again.out.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("seats s JOIN flights f ON f.id = s.flight_id"),
                        QStringLiteral("f.carrier = 'XX'")),
              168);
    EXPECT_EQ(ctl({QStringLiteral("hold"), key, QStringLiteral("7A")}).exitCode, 0);
}

// kioskctl flights lists a flight beyond the horizon as not on sale yet, with the time its
// sales open (28 days before departure), in text and JSON; once opened it is on sale.
TEST_P(CliScheduleTest, FlightsSaysWhichAreNotOnSaleYetAndFromWhen)
{
    SsimBuilder::Leg far = leg(1);
    far.from = far.to = ssimDate(firstDay.addDays(30));
    const QString farKey = QStringLiteral("XX100/") + firstDay.addDays(30).toString(Qt::ISODate);
    const CtlRun imported = ctl({QStringLiteral("import"), QStringLiteral("ssim"),
                                 write(QStringLiteral("two.ssim"), SsimBuilder().add(leg(1)).add(far).build())});
    ASSERT_EQ(imported.exitCode, 0) << imported.describe();

    const auto listed = [this] {
        QMap<QString, QJsonObject> flights;
        const CtlRun run = ctl({QStringLiteral("flights")});
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        for (const QJsonValue &row : run.json().value(QStringLiteral("flights")).toArray())
            flights.insert(row[QStringLiteral("key")].toString(), row.toObject());
        return flights;
    };
    auto flights = listed();
    ASSERT_TRUE(flights.contains(flightKey(0)) && flights.contains(farKey));
    EXPECT_TRUE(flights[flightKey(0)].value(QStringLiteral("on_sale")).toBool());
    EXPECT_TRUE(flights[flightKey(0)].value(QStringLiteral("sales_open")).isNull());
    const QJsonObject farFlight = flights[farKey];
    EXPECT_FALSE(farFlight.value(QStringLiteral("on_sale")).toBool());
    const QDateTime departure = QDateTime::fromString(farFlight.value(QStringLiteral("departure")).toString(), Qt::ISODate);
    const QDateTime salesOpen = QDateTime::fromString(farFlight.value(QStringLiteral("sales_open")).toString(), Qt::ISODate);
    ASSERT_TRUE(departure.isValid() && salesOpen.isValid()) << farFlight.value(QStringLiteral("sales_open")).toString().toStdString();
    EXPECT_EQ(salesOpen, departure.addDays(-28));

    const CtlRun text = runner.run({QStringLiteral("--db"), url(), QStringLiteral("flights")});
    ASSERT_EQ(text.exitCode, 0) << text.describe();
    EXPECT_TRUE(text.out.contains("SALE")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("on sale")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(
        (QStringLiteral("from ") + salesOpen.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))).toUtf8()))
        << text.out.toStdString();

    ASSERT_EQ(ctl({QStringLiteral("open-sales"), QStringLiteral("--flight"), farKey}).exitCode, 0);
    flights = listed();
    EXPECT_TRUE(flights[farKey].value(QStringLiteral("on_sale")).toBool());
    EXPECT_TRUE(flights[farKey].value(QStringLiteral("sales_open")).isNull());
}

// Terminals selling seats of a flight while an import puts a smaller aircraft on it:
// no seat sold twice, no booking lost, every passenger moved has a disruption.
TEST_P(CliScheduleTest, TerminalsSellingWhileAnImportChangesTheAircraft)
{
    ASSERT_EQ(ctl({QStringLiteral("import"), QStringLiteral("ssim"),
                   write(QStringLiteral("a320.ssim"), SsimBuilder().add(leg(1)).build())}).exitCode, 0);
    SsimBuilder::Leg smaller = leg(1);
    smaller.configuration = QStringLiteral("C12Y120"); // economy ends at row 23 instead of 30
    const QString refit = write(QStringLiteral("smaller.ssim"), SsimBuilder().add(smaller).build());

    const int racers = GetParam() == Backend::PostgreSQL ? 16 : 8;
    const QStringList rows{QStringLiteral("22"), QStringLiteral("24"), QStringLiteral("26"), QStringLiteral("28"),
                           QStringLiteral("29"), QStringLiteral("27"), QStringLiteral("25"), QStringLiteral("23")};
    QList<QStringList> commands;
    for (int i = 0; i < racers; ++i) {
        const QString seats = QStringLiteral("%1A,%1B").arg(rows.at(i % rows.size())); // pairs collide on purpose
        commands << QStringList{QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("--terminal"),
                                QStringLiteral("racer-%1").arg(i), QStringLiteral("hold"), flightKey(0), seats};
        if (i == racers / 2)
            commands << QStringList{QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("import"),
                                    QStringLiteral("ssim"), refit};
    }
    const std::vector<CtlRun> runs = runner.runConcurrently(commands);
    QStringList references;
    QHash<QString, int> requestedRow;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const CtlRun &run = runs.at(i);
        const bool isImport = commands.at(qsizetype(i)).contains(QStringLiteral("import"));
        if (isImport) {
            EXPECT_EQ(run.exitCode, 0) << run.describe();
        } else if (run.exitCode == 0) {
            references << run.json().value(QStringLiteral("reference")).toString();
            requestedRow.insert(references.last(), commands.at(qsizetype(i)).last().section(QLatin1Char('A'), 0, 0).toInt());
        } else {
            // Lost the seat to another terminal, or the seat no longer exists: a clean refusal.
            EXPECT_TRUE(run.exitCode == 3 || run.exitCode == 4) << run.describe();
        }
    }
    ASSERT_FALSE(references.isEmpty());
    // No seat sold twice.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT seat_id) FROM booking_lines WHERE active")), 0);
    for (const QString &reference : std::as_const(references)) {
        // No booking lost: both passengers still seated on this flight.
        EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines l JOIN bookings b ON b.id = l.booking_id"),
                            QStringLiteral("b.reference = '%1' AND l.active AND b.state = 'SEAT_HELD'").arg(reference)),
                  2) << reference.toStdString();
        // Every passenger not in a seat they asked for was moved by the import, and recorded.
        const qint64 offRequest = countRows(*db, QStringLiteral("booking_lines l JOIN bookings b ON b.id = l.booking_id "
                                                                 "JOIN seats s ON s.id = l.seat_id"),
                                            QStringLiteral("b.reference = '%1' AND l.active AND s.seat_row > 23").arg(reference));
        EXPECT_EQ(offRequest, 0) << reference.toStdString(); // rows 24-30 are gone
        const qint64 moved = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM booking_events e JOIN bookings b ON "
                                                        "b.id = e.booking_id WHERE b.reference = '%1' AND e.reason LIKE "
                                                        "'aircraft changed%'").arg(reference));
        EXPECT_EQ(countRows(*db, QStringLiteral("disruptions d JOIN bookings b ON b.id = d.booking_id"),
                            QStringLiteral("b.reference = '%1' AND d.kind = 'SEAT_MOVED'").arg(reference)),
                  moved);
        // Held in a row the new aircraft lacks: it was held before the import, and both moved.
        if (requestedRow.value(reference) > 23) {
            EXPECT_EQ(moved, 2) << reference.toStdString();
        }
    }
    // Every seat sold is a seat of the new aircraft, in economy rows 2-23 or business row 1.
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines l JOIN seats s ON s.id = l.seat_id"),
                        QStringLiteral("l.active AND s.blocked")),
              0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliScheduleTest);
