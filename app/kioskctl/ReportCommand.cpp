#include "ReportCommand.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "ReportTables.h"
#include "reporting/ReportService.h"

#include <QTimeZone>

namespace kiosk::ctl {

namespace {
Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}
} // namespace

int ReportCommand::run(const CommandArguments &arguments)
{
    // Usage first, before the database is opened (the contract: bad input is exit 2 even
    // when the database is down).
    const bool csv = arguments.isSet(QStringLiteral("csv"));
    const QString section = arguments.value(QStringLiteral("section"));
    if (csv && m_global.json)
        return m_out.error(bad(QStringLiteral("--csv and --json exclude each other: pick one output format")));
    if (arguments.isSet(QStringLiteral("section"))) {
        if (m_global.json)
            return m_out.error(bad(QStringLiteral("--section picks one table of the text or --csv output; "
                                                  "--json always has every part")));
        if (!ReportTables::sectionNames().contains(section))
            return m_out.error(bad(QStringLiteral("--section must be one of %1, not '%2'")
                                       .arg(ReportTables::sectionNames().join(QStringLiteral(", ")), section)));
    }
    std::optional<QDate> from, to;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!arguments.isSet(name))
            continue;
        auto date = InputParser::date(arguments.value(name), name);
        if (!date)
            return m_out.error(date.error());
        (name == QLatin1String("from") ? from : to) = *date;
    }
    if (from && to && *from > *to)
        return m_out.error(bad(QStringLiteral("--from %1 is after --to %2")
                                   .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))));

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto reads = (*context)->reads(); // a standby may serve the report (--read-db)
    if (!reads)
        return m_out.error(reads.error());
    ReportService reports((*context)->db(), **reads);
    // Missing ends: the last 30 days up to today by the server clock, or 30 days from
    // --from / up to --to.
    auto fallback = reports.defaultPeriod();
    if (!fallback)
        return m_out.error(fallback.error());
    if (!from)
        from = to ? to->addDays(1 - ReportPeriod::DefaultDays) : fallback->from();
    if (!to)
        to = fallback->to();
    auto period = ReportPeriod::between(*from, *to);
    if (!period)
        return m_out.error(period.error());
    auto report = reports.report((*context)->actor(), *period);
    if (!report)
        return m_out.error(report.error());
    return m_out.result(JsonFormat::salesReport(*report), csv ? ReportTables::csv(*report, section)
                                                              : ReportTables::text(*report, section));
}

} // namespace kiosk::ctl
