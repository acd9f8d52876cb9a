#include "AdminCommands.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "auth/AccessControl.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoSeeder.h"
#include "storage/Migrator.h"

#include <limits>

namespace kiosk::ctl {

Result<std::unique_ptr<CtlContext>> AdminCommands::openAsAdministrator()
{
    auto context = CtlContext::open(m_global, CtlContext::Schema::AsIs);
    if (!context)
        return context.error();
    // Without --user this is the built-in operator (admin); a signed-in user must be an admin.
    if (auto allowed = AccessControl((*context)->db()).require((*context)->actor(), Permission::AdministerDatabase,
                                                               QStringLiteral("database"));
        !allowed)
        return allowed.error();
    return context;
}

int AdminCommands::migrate(const CommandArguments &)
{
    auto context = openAsAdministrator();
    if (!context)
        return m_out.error(context.error());
    Migrator migrator((*context)->db());
    auto before = migrator.currentVersion();
    if (!before)
        return m_out.error(before.error());
    auto after = migrator.migrate();
    if (!after)
        return m_out.error(after.error());

    const QJsonObject object{{QStringLiteral("database"), (*context)->urlText()},
                             {QStringLiteral("previous_version"), *before},
                             {QStringLiteral("version"), *after},
                             {QStringLiteral("applied"), *after - *before}};
    const QString text = *after == *before
        ? QStringLiteral("%1: schema already at version %2").arg((*context)->urlText(), QString::number(*after))
        : QStringLiteral("%1: migrated schema from version %2 to %3")
              .arg((*context)->urlText(), QString::number(*before), QString::number(*after));
    return m_out.result(object, text);
}

int AdminCommands::seedDemo(const CommandArguments &arguments)
{
    auto seed = InputParser::integer(arguments.value(QStringLiteral("seed")), QStringLiteral("seed"), 0,
                                     std::numeric_limits<int>::max());
    if (!seed)
        return m_out.error(seed.error());
    auto days = InputParser::integer(arguments.value(QStringLiteral("days")), QStringLiteral("days"), 1, MaxDemoDays);
    if (!days)
        return m_out.error(days.error());
    QDate startDate;
    if (arguments.isSet(QStringLiteral("start-date"))) {
        auto date = InputParser::date(arguments.value(QStringLiteral("start-date")), QStringLiteral("start-date"));
        if (!date)
            return m_out.error(date.error());
        startDate = *date;
    }

    auto context = openAsAdministrator();
    if (!context)
        return m_out.error(context.error());
    Database &db = (*context)->db();
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return m_out.error(migrated.error());
    if (!startDate.isValid()) {
        auto now = db.serverNow();
        if (!now)
            return m_out.error(now.error());
        startDate = now->date();
    }

    const DemoSchedule schedule = DemoDataGenerator(quint32(*seed), startDate, *days).generate();
    auto stored = DemoSeeder::seed(db, schedule);
    if (!stored)
        return m_out.error(stored.error());

    qsizetype seats = 0;
    for (const GeneratedFlight &flight : schedule.flights)
        seats += flight.seats.size();
    const QJsonObject object{{QStringLiteral("database"), (*context)->urlText()},
                             {QStringLiteral("seed"), *seed},
                             {QStringLiteral("days"), *days},
                             {QStringLiteral("start_date"), startDate.toString(Qt::ISODate)},
                             {QStringLiteral("airports"), schedule.airports.size()},
                             {QStringLiteral("flights"), *stored},
                             {QStringLiteral("seats"), seats}};
    return m_out.result(object, QStringLiteral("%1: stored %2 demo flight(s) with %3 seats between %4 airports, "
                                               "%5 day(s) from %6 (seed %7)")
                                    .arg((*context)->urlText(), QString::number(*stored), QString::number(seats),
                                         QString::number(schedule.airports.size()), QString::number(*days),
                                         startDate.toString(Qt::ISODate), QString::number(*seed)));
}

} // namespace kiosk::ctl
