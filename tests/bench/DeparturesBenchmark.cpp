// How the departures board behaves with a very large schedule (issue: "stays responsive
// with 100,000 flights"): the first page, a page deep in the list by keyset (what the
// flight list model does on fetchMore), and the naive OFFSET page as the named baseline.
//   departures_bench [--db URL] [--flights N] [--repeat N]
#include "DeparturesSeed.h"
#include "LatencyStats.h"
#include "booking/FlightCatalog.h"
#include "models/FlightListModel.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace kiosk;
using kiosk::bench::medianMs;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Empty database URL (default: a temporary SQLite file)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("flights"), QStringLiteral("Flights to create (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Repetitions per figure (default 15)."), QStringLiteral("n"), QStringLiteral("15")});
    parser.process(app);
    const int flights = parser.value(QStringLiteral("flights")).toInt();
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir temp;
    const QString url = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                           : QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("board.sqlite"));
    auto db = Database::open(url);
    if (!db || !Migrator(**db).migrate())
        qFatal("cannot open or migrate %s", qPrintable(url));
    const auto seedStart = std::chrono::steady_clock::now();
    kiosk::bench::seedDepartures(**db, flights);
    const double seedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - seedStart).count();
    // A live database has planner statistics; a bulk load needs them gathered once.
    QSqlQuery((*db)->connection()).exec(QStringLiteral("ANALYZE"));

    FlightRepository repo(**db);
    DepartureQuery firstPage;
    firstPage.origin = QStringLiteral("DUB");
    const double firstMs = medianMs(repeat, [&] { (void)repo.departures(firstPage); });

    // The key of the flight 90% down the list, as fetchMore would carry it.
    const int depth = flights * 9 / 10;
    QSqlQuery key((*db)->connection());
    key.exec(QStringLiteral("SELECT id FROM flights ORDER BY departure_at, id LIMIT 1 OFFSET %1").arg(depth));
    key.next();
    auto deepFlight = repo.find(FlightRef::byId(key.value(0).toLongLong()));
    DepartureQuery deep = firstPage;
    deep.afterDepartureMs = deepFlight->departureUtc.toMSecsSinceEpoch();
    deep.afterId = deepFlight->id;
    const double keysetMs = medianMs(repeat, [&] { (void)repo.departures(deep); });

    // Baseline: the same page fetched the naive way, counting past `depth` rows.
    const double offsetMs = medianMs(repeat, [&] {
        QSqlQuery page((*db)->connection());
        page.exec(QStringLiteral("SELECT f.id, COUNT(s.id) FROM (SELECT * FROM flights WHERE origin = 'DUB' ORDER BY "
                                 "departure_at, id LIMIT 50 OFFSET %1) f JOIN seats s ON s.flight_id = f.id GROUP BY f.id")
                       .arg(depth));
        while (page.next()) {
        }
    });

    // The model as the screen drives it: a filter, then twenty fetchMore pages.
    FlightCatalog catalog(**db);
    const double modelMs = medianMs(repeat, [&] {
        ui::FlightListModel model(catalog);
        model.setFilter(QStringLiteral("DUB"), QString(), QDate());
        for (int i = 0; i < 20 && model.canFetchMore({}); ++i)
            model.fetchMore({});
    });

    std::printf("database %s, %d flights (seeded in %.1f s), median of %d\n", qPrintable((*db)->url().redacted()), flights,
                seedSeconds, repeat);
    std::printf("%-52s %8.2f ms\n", "first page of 50 (keyset)", firstMs);
    std::printf("%-52s %8.2f ms\n", qPrintable(QStringLiteral("page after flight %1 (keyset, as fetchMore)").arg(depth)), keysetMs);
    std::printf("%-52s %8.2f ms\n", qPrintable(QStringLiteral("baseline: same depth with OFFSET %1").arg(depth)), offsetMs);
    std::printf("%-52s %8.2f ms\n", "model: filter + 20 x fetchMore (1,050 rows)", modelMs);
    return 0;
}
