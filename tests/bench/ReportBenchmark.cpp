// The sales report on a year of data (issue 7: "queries use indexes and stay fast on a
// million bookings"): fills a database with N bookings inside the database, then times
// ReportService::report for a 1-day, a 30-day and a 365-day period (median of --repeat)
// against two baselines in the same run: one full-scan COUNT(*) of the bookings table, and
// the same report after dropping the indexes it relies on. The 365-day report is checked
// against the states the generator produced (exit 1 on a mismatch); no timing is judged.
//   report_bench [--backend sqlite|postgresql] [--bookings N] [--repeat N] [--keep]
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "ReportDataFill.h"
#include "reporting/ReportService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

struct Range {
    const char *name;
    ReportPeriod period;
};

// Who asks for every report the benchmark times.
Actor benchSupervisor()
{
    return Actor{QStringLiteral("bench"), QStringLiteral("bench"), Role::Supervisor};
}

QList<double> timeReports(ReportService &reports, const QList<Range> &ranges, int repeat)
{
    QList<double> ms;
    for (const Range &range : ranges)
        ms << medianMs(repeat, [&] {
            if (auto report = reports.report(benchSupervisor(), range.period); !report)
                qFatal("report failed: %s", qPrintable(report.error().message));
        });
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("backend"), QStringLiteral("sqlite (a temporary file) or postgresql (a fresh "
                                                                "schema in $KIOSK_TEST_PG_URL)."),
                      QStringLiteral("name"), QStringLiteral("sqlite")});
    parser.addOption({QStringLiteral("bookings"), QStringLiteral("Bookings to generate (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Repetitions per figure (default 5)."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the data (prints where) for EXPLAIN by hand.")});
    parser.process(app);
    const qint64 bookings = qMax(1000LL, parser.value(QStringLiteral("bookings")).toLongLong());
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    const bool postgres = parser.value(QStringLiteral("backend")) == QLatin1String("postgresql");

    QTemporaryDir temp;
    temp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString adminUrl = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    const QString schema = QStringLiteral("report_bench_%1").arg(QCoreApplication::applicationPid());
    QString url = QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("report.sqlite"));
    if (postgres) {
        if (adminUrl.isEmpty()) {
            std::fprintf(stderr, "report_bench: KIOSK_TEST_PG_URL is not set; run under packaging/with-postgres.sh\n");
            return 2;
        }
        auto created = createSchema(adminUrl, schema);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        url = *created;
    }
    int exitCode = 0;
    {
        auto db = Database::open(url, QStringLiteral("report-bench"));
        if (!db || !Migrator(**db).migrate())
            qFatal("cannot open or migrate %s", qPrintable(url));
        const auto fillStart = std::chrono::steady_clock::now();
        if (auto filled = ReportDataFill::fill(**db, bookings); !filled)
            qFatal("filling failed: %s", qPrintable(filled.error().message));
        const double fillSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - fillStart).count();
        // A live database has planner statistics; a bulk load needs them gathered once.
        (void)(*db)->execute(QStringLiteral("ANALYZE"), QStringLiteral("gathering statistics"));

        const QDate first = ReportDataFill::firstDay();
        const QList<Range> ranges{{"1 day", ReportPeriod::between(first.addDays(180), first.addDays(180)).value()},
                                  {"30 days", ReportPeriod::between(first.addDays(151), first.addDays(180)).value()},
                                  {"365 days", ReportPeriod::between(first, first.addDays(364)).value()}};
        ReportService reports(**db);

        // The figures must be right before their speed means anything.
        auto year = reports.report(benchSupervisor(), ranges[2].period);
        if (!year)
            qFatal("report failed: %s", qPrintable(year.error().message));
        const auto expected = ReportDataFill::expectedStates(bookings);
        bool right = year->funnel.initiated == bookings;
        for (const auto &[state, count] : year->states)
            right = right && count == expected.value(state, 0);
        if (!right) {
            std::fprintf(stderr, "report_bench: the 365-day report does not match the generated data\n");
            exitCode = 1;
        }

        const QList<double> indexed = timeReports(reports, ranges, repeat);
        const double countMs = medianMs(repeat, [&] {
            QSqlQuery count((*db)->connection());
            count.exec(QStringLiteral("SELECT COUNT(*) FROM bookings"));
            count.next();
        });
        // Baseline: the same report without the indexes of its period ranges.
        for (const QString &index : {QStringLiteral("bookings_created_idx"), QStringLiteral("booking_events_state_at_idx"),
                                     QStringLiteral("refunds_status_updated_idx")})
            (void)(*db)->execute(QStringLiteral("DROP INDEX ") + index, QStringLiteral("dropping an index"));
        (void)(*db)->execute(QStringLiteral("ANALYZE"), QStringLiteral("gathering statistics"));
        const QList<double> unindexed = timeReports(reports, ranges, repeat);

        std::printf("%s, %lld bookings over 365 days (generated in %.1f s), median of %d\n",
                    postgres ? "PostgreSQL" : "SQLite", bookings, fillSeconds, repeat);
        std::printf("%-10s %16s %28s\n", "period", "report (ms)", "without its indexes (ms)");
        for (qsizetype i = 0; i < ranges.size(); ++i)
            std::printf("%-10s %16.1f %28.1f\n", ranges[i].name, indexed[i], unindexed[i]);
        std::printf("baseline: SELECT COUNT(*) FROM bookings (full scan): %.1f ms\n", countMs);
        std::printf("365-day report: %lld bookings, %lld confirmed, %lld flights, figures %s\n", year->funnel.initiated,
                    year->funnel.confirmed, qint64(year->flights.size()), right ? "as generated" : "WRONG");
    }
    if (parser.isSet(QStringLiteral("keep")))
        std::printf("kept: %s\n", qPrintable(url));
    else if (postgres)
        (void)dropSchema(adminUrl, schema);
    return exitCode;
}
