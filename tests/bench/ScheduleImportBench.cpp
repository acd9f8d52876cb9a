// A season import (issue 13): a generated SSIM file of --legs flight legs (default 50,000:
// a mid-size airline, 26 weeks from tomorrow) imported by ScheduleImporter into an empty
// database, which opens for sale (makes the seats of) only the legs inside the sales
// horizon; then the flights of the next day to enter it are opened (the daily job), then
// the whole season (what the import did before seats were made on opening); then the same
// season with --change-percent of its leg records changed (retimed by 90 min, a new
// aircraft, or gone), with one held seat on every 50th flight so the re-import finds
// disruptions. On PostgreSQL the baseline in the same run is the server's own COPY of the
// same flight and seat rows into empty copies of the tables (same indexes). Prints wall
// time, legs/s, seat rows/s and peak memory; judges nothing.
//   schedule_bench [--backend sqlite|postgresql] [--legs N] [--change-percent P] [--keep]
#include "BenchSchema.h"
#include "SsimBuilder.h"
#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"
#include "schedule/SalesOpener.h"
#include "schedule/ScheduleImporter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

using namespace kiosk;
using namespace kiosk::bench;
using kiosk::test::SsimBuilder;

namespace {

constexpr int SeasonDays = 182;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0).toLongLong();
}

// One psql command (KIOSK_TEST_PG_BIN) against `url`; the run ends if it fails.
void psql(const QString &url, const QString &command)
{
    const QString bin = qEnvironmentVariable("KIOSK_TEST_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    QProcess process;
    process.start(bin + QStringLiteral("/psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
                                                  QStringLiteral("-c"), command});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("psql %s failed: %s", qPrintable(command), process.readAllStandardError().constData());
}

void run(Database &db, const QString &sql)
{
    if (auto done = db.execute(sql, QStringLiteral("benchmark")); !done)
        qFatal("%s: %s", qPrintable(sql), qPrintable(done.error().message));
}

// Daily leg records between 40 stations with a mix of built-in (A320, B737-800, B787-9)
// and generated (ATR 72) aircraft. Record i changes when `changed(i)` says so.
QByteArray season(int records, const QDate &first, int changePercent, bool changed)
{
    static const char *const stations[] = {"DUB", "LHR", "CDG", "AMS", "FRA", "MAD", "BCN", "FCO", "MUC", "ZRH",
                                           "VIE", "CPH", "OSL", "ARN", "HEL", "LIS", "BRU", "PRG", "WAW", "BUD",
                                           "ATH", "IST", "MAN", "EDI", "GVA", "NCE", "MXP", "HAM", "TXL", "DUS",
                                           "OPO", "AGP", "PMI", "KRK", "OTP", "SOF", "RIX", "TLL", "VNO", "LJU"};
    static const char *const aircraft[][2] = {{"320", "J12Y156"}, {"73H", "J16Y150"}, {"789", "J32W35Y225"},
                                              {"AT7", "Y70"}};
    const QLocale c = QLocale::c();
    SsimBuilder file(QStringLiteral("KB"));
    const int step = changePercent > 0 ? 100 / changePercent : 0;
    for (int i = 0; i < records; ++i) {
        SsimBuilder::Leg leg;
        leg.number = QString::number(i + 1);
        leg.from = c.toString(first, QStringLiteral("ddMMMyy")).toUpper();
        leg.to = c.toString(first.addDays(SeasonDays - 1), QStringLiteral("ddMMMyy")).toUpper();
        leg.origin = QString::fromLatin1(stations[i % 40]);
        leg.destination = QString::fromLatin1(stations[(i * 7 + 3) % 40 == i % 40 ? (i + 1) % 40 : (i * 7 + 3) % 40]);
        const int departureMinutes = 6 * 60 + (i * 17) % (15 * 60);
        const int arrivalMinutes = departureMinutes + 60 + (i % 5) * 30;
        auto hhmm = [](int minutes) { return QStringLiteral("%1%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0')); };
        leg.departure = hhmm(departureMinutes);
        leg.arrival = hhmm(arrivalMinutes);
        leg.departureVariation = leg.arrivalVariation = QStringLiteral("+0100");
        leg.aircraft = QString::fromLatin1(aircraft[i % 4][0]);
        leg.configuration = QString::fromLatin1(aircraft[i % 4][1]);
        if (changed && step > 0 && i % step == 0) {
            switch ((i / step) % 3) {
            case 0: // retimed by 90 minutes
                leg.departure = hhmm(departureMinutes + 90), leg.arrival = hhmm(arrivalMinutes + 90);
                break;
            case 1: // another aircraft
                leg.aircraft = QStringLiteral("320"), leg.configuration = QStringLiteral("C8Y132");
                break;
            default: // gone: cancelled
                continue;
            }
        }
        file.add(leg);
    }
    return file.build();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("backend"), QStringLiteral("sqlite or postgresql (default)."), QStringLiteral("NAME"),
                      QStringLiteral("postgresql")});
    parser.addOption({QStringLiteral("legs"), QStringLiteral("Flight legs in the season (default 50000)."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("change-percent"), QStringLiteral("Leg records changed for the re-import (5)."),
                      QStringLiteral("P"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the data.")});
    parser.process(app);
    const bool postgres = parser.value(QStringLiteral("backend")) != QLatin1String("sqlite");
    const int records = qMax(1, (parser.value(QStringLiteral("legs")).toInt() + SeasonDays - 1) / SeasonDays);
    const int changePercent = qBound(0, parser.value(QStringLiteral("change-percent")).toInt(), 50);

    QTemporaryDir temp;
    temp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString adminUrl = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    const QString schema = QStringLiteral("schedule_bench_%1").arg(QCoreApplication::applicationPid());
    QString url = QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("schedule.sqlite"));
    if (postgres) {
        if (adminUrl.isEmpty()) {
            std::fprintf(stderr, "schedule_bench: KIOSK_TEST_PG_URL is not set; run under packaging/with-postgres.sh\n");
            return 2;
        }
        auto created = createSchema(adminUrl, schema);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        url = *created;
    }
    {
        auto opened = Database::open(url, QStringLiteral("schedule-bench"));
        if (!opened || !Migrator(**opened).migrate())
            qFatal("cannot open or migrate %s", qPrintable(url));
        Database &db = **opened;
        const QDate first = QDate::currentDate().addDays(1);
        const QByteArray original = season(records, first, changePercent, false);
        const QByteArray changed = season(records, first, changePercent, true);
        const Actor admin = Actor::builtInOperator(QStringLiteral("bench"));
        const SalesHorizon horizon;

        auto start = std::chrono::steady_clock::now();
        auto imported = ScheduleImporter(db, admin).importSsim(original, {});
        const double importSeconds = secondsSince(start);
        if (!imported)
            qFatal("import failed: %s", qPrintable(imported.error().message));
        const long importRss = peakRssMb();

        // The daily job: the flights of the next day to enter the horizon.
        start = std::chrono::steady_clock::now();
        auto nextDay = SalesOpener(db, admin).openDue(SalesHorizon{horizon.opensDays + 1});
        const double nextDaySeconds = secondsSince(start);
        if (!nextDay)
            qFatal("opening the next day failed: %s", qPrintable(nextDay.error().message));
        // Everything, as the import wrote it before (a horizon past the season's end).
        start = std::chrono::steady_clock::now();
        auto wholeSeason = SalesOpener(db, admin).openDue(SalesHorizon{SeasonDays + 2});
        const double seasonSeconds = secondsSince(start);
        if (!wholeSeason)
            qFatal("opening the season failed: %s", qPrintable(wholeSeason.error().message));
        const qint64 seatRows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM seats"));

        // One held seat on every 50th flight, so the re-import has bookings to disrupt.
        MockPaymentGateway gateway;
        BookingService service(db, gateway, admin);
        QSqlQuery flights(db.connection());
        flights.exec(QStringLiteral("SELECT id FROM flights ORDER BY id"));
        QList<qint64> ids;
        while (flights.next())
            ids << flights.value(0).toLongLong();
        int held = 0;
        for (qsizetype i = 0; i < ids.size(); i += 50) {
            HoldRequest request;
            request.flight = FlightRef::byId(ids.at(i));
            request.seats << *SeatCode::parse(QStringLiteral("20A"));
            held += service.hold(request).ok() ? 1 : 0;
        }

        start = std::chrono::steady_clock::now();
        auto reimported = ScheduleImporter(db, admin).importSsim(changed, {});
        const double reimportSeconds = secondsSince(start);
        if (!reimported)
            qFatal("re-import failed: %s", qPrintable(reimported.error().message));

        std::printf("%s: %d legs (%d daily records x %d days from tomorrow), %lld seat rows when all are open; "
                    "sales open %d days before departure\n",
                    postgres ? "PostgreSQL" : "SQLite", imported->added, records, SeasonDays, seatRows,
                    horizon.opensDays);
        std::printf("import:    %7.1f s  %8.0f legs/s  %d flights opened (%lld seat rows)  peak RSS %ld MB\n",
                    importSeconds, imported->added / importSeconds, imported->opened, imported->seatsMade, importRss);
        std::printf("next day:  %7.2f s  %d flights opened (%lld seat rows)\n", nextDaySeconds, nextDay->flights,
                    nextDay->seats);
        std::printf("season:    %7.1f s  %d flights opened (%lld seat rows)  %9.0f seat rows/s\n", seasonSeconds,
                    wholeSeason->flights, wholeSeason->seats, wholeSeason->seats / seasonSeconds);
        std::printf("re-import: %7.1f s  %d%% of records changed: %d updated, %d cancelled, %d unchanged, "
                    "%d disruption(s) on %d held flights\n",
                    reimportSeconds, changePercent, reimported->updated, reimported->cancelled, reimported->unchanged,
                    reimported->disruptions, held);

        if (postgres) {
            // The baseline: psql's COPY of the same flight and seat rows into empty copies of
            // the tables (same indexes and constraints), client side, so the rows cross the
            // same socket as the import's.
            run(db, QStringLiteral("CREATE TABLE copy_flights (LIKE flights INCLUDING ALL)"));
            run(db, QStringLiteral("CREATE TABLE copy_seats (LIKE seats INCLUDING ALL)"));
            const QString flightsCsv = temp.filePath(QStringLiteral("flights.copy"));
            const QString seatsCsv = temp.filePath(QStringLiteral("seats.copy"));
            psql(url, QStringLiteral("\\copy flights TO '%1'").arg(flightsCsv));
            psql(url, QStringLiteral("\\copy seats TO '%1'").arg(seatsCsv));
            start = std::chrono::steady_clock::now();
            psql(url, QStringLiteral("\\copy copy_flights FROM '%1'").arg(flightsCsv));
            const double copyFlightsSeconds = secondsSince(start);
            start = std::chrono::steady_clock::now();
            psql(url, QStringLiteral("\\copy copy_seats FROM '%1'").arg(seatsCsv));
            const double copySeatsSeconds = secondsSince(start);
            const double copySeconds = copyFlightsSeconds + copySeatsSeconds;
            const qint64 copiedFlights = scalar(db, QStringLiteral("SELECT COUNT(*) FROM copy_flights"));
            const qint64 copiedSeats = scalar(db, QStringLiteral("SELECT COUNT(*) FROM copy_seats"));
            std::printf("baseline:  %7.1f s  psql COPY of the same %lld flight and %lld seat rows (%.1f s + %.1f s): "
                        "%8.0f legs/s, %9.0f seat rows/s\n",
                        copySeconds, copiedFlights, copiedSeats, copyFlightsSeconds, copySeatsSeconds,
                        copiedFlights / copySeconds, copiedSeats / copySeatsSeconds);
            std::printf("ratio:     the import at %.2fx the COPY rate of legs (flights with all their seats)\n",
                        (imported->added / importSeconds) / (copiedFlights / copySeconds));
            std::printf("ratio:     opening the season at %.2fx the COPY rate of seat rows\n",
                        (wholeSeason->seats / seasonSeconds) / (copiedSeats / copySeatsSeconds));
        }
    }
    if (parser.isSet(QStringLiteral("keep")))
        std::printf("kept: %s\n", qPrintable(url));
    else if (postgres)
        (void)dropSchema(adminUrl, schema);
    return 0;
}
