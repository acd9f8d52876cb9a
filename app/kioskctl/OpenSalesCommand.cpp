// kioskctl open-sales: imported flights go on sale (their seats made) when they enter the
// sales horizon; an agent may open one earlier for a customer.
#include "CtlContext.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "ScheduleCommands.h"
#include "StopSignals.h"
#include "schedule/SalesOpener.h"

#include <QCoreApplication>
#include <QTimer>

namespace kiosk::ctl {

namespace {

QJsonObject dueJson(const OpenedSeats &opened, const SalesHorizon &horizon)
{
    return QJsonObject{{QStringLiteral("opened"), opened.flights},
                       {QStringLiteral("seats"), opened.seats},
                       {QStringLiteral("opens_days"), horizon.opensDays}};
}

QString dueText(const OpenedSeats &opened, const SalesHorizon &horizon)
{
    if (opened.flights == 0)
        return QStringLiteral("no flight to open: every flight departing within %1 days is on sale")
            .arg(horizon.opensDays);
    return QStringLiteral("opened %1 flight(s) for sale, departing within %2 days: %3 seats made")
        .arg(opened.flights)
        .arg(horizon.opensDays)
        .arg(opened.seats);
}

} // namespace

int ScheduleCommands::openSales(const CommandArguments &arguments)
{
    if (!arguments.positional(0).isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("open-sales takes no argument '%1'; name a "
                                                                          "flight with --flight")
                                                              .arg(arguments.positional(0))));
    std::optional<FlightRef> flightRef;
    if (arguments.isSet(QStringLiteral("flight"))) {
        auto ref = InputParser::flight(arguments.value(QStringLiteral("flight")));
        if (!ref)
            return m_out.error(ref.error());
        flightRef = *ref;
    }
    int everyMs = 0;
    if (arguments.isSet(QStringLiteral("every"))) {
        if (flightRef)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("open-sales: --every is for the flights "
                                                                              "entering the horizon, not with --flight")));
        auto seconds = InputParser::integer(arguments.value(QStringLiteral("every")), QStringLiteral("--every"), 1, 86400);
        if (!seconds)
            return m_out.error(seconds.error());
        everyMs = *seconds * 1000;
    }
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    SalesOpener opener((*context)->db(), (*context)->actor());

    if (flightRef) {
        auto opened = opener.openFlight(*flightRef);
        if (!opened)
            return m_out.error(opened.error());
        const QString key = opened->flight.key();
        return m_out.result(
            QJsonObject{{QStringLiteral("flight"), key},
                        {QStringLiteral("flight_id"), opened->flight.id},
                        {QStringLiteral("already_open"), opened->alreadyOpen},
                        {QStringLiteral("seats"), opened->seats},
                        {QStringLiteral("opened_at"), JsonFormat::time(opened->openedAtUtc)}},
            opened->alreadyOpen
                ? QStringLiteral("%1 is on sale already (since %2 UTC); nothing changed")
                      .arg(key, opened->openedAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QStringLiteral("%1 is open for sale: %2 seats made").arg(key).arg(opened->seats));
    }

    const SalesHorizon horizon;
    if (everyMs == 0) {
        auto opened = opener.openDue(horizon);
        if (!opened)
            return m_out.error(opened.error());
        return m_out.result(dueJson(*opened, horizon), dueText(*opened, horizon));
    }
    // Operations: until Ctrl-C or SIGTERM, one line per round. A first round that fails
    // (bad settings, no right) ends the command; a later one (the database away a moment)
    // is reported and the next round tries again.
    auto first = opener.openDue(horizon);
    if (!first)
        return m_out.error(first.error());
    m_out.line(dueJson(*first, horizon), dueText(*first, horizon));
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, qApp, &QCoreApplication::quit);
    const auto round = [&] {
        auto opened = opener.openDue(horizon);
        if (!opened) {
            m_out.line(QJsonObject{{QStringLiteral("error"), opened.error().message}},
                       QStringLiteral("open-sales: ") + opened.error().message);
            return;
        }
        m_out.line(dueJson(*opened, horizon), dueText(*opened, horizon));
    };
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, qApp, round);
    timer.start(everyMs);
    QCoreApplication::exec();
    return 0;
}

} // namespace kiosk::ctl
