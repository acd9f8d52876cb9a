#include "HoldLimits.h"

#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

namespace {

QString clock(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("HH:mm:ss"));
}

// Who has the holds counted: "terminal kiosk-7", or "database login k7 (terminal kiosk-7)".
QString counted(const Actor &actor, const QString &countedLogin)
{
    if (countedLogin.isEmpty())
        return QCoreApplication::translate("HoldLimits", "terminal %1").arg(actor.terminal);
    return QCoreApplication::translate("HoldLimits", "database login %1 (terminal %2; holds are counted per login)")
        .arg(countedLogin, actor.terminal);
}

QString iso(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

std::optional<Error> holdLimitRefusal(const HoldLimits &limits, const TerminalHolds &holds, const Actor &actor)
{
    if (limits.maxUnpaidHolds && holds.unpaid >= *limits.maxUnpaidHolds)
        return unpaidLimitReached(actor, *limits.maxUnpaidHolds, holds.firstUnpaidDeadlineUtc);
    if (limits.maxHoldsPerMinute && holds.lastMinute >= *limits.maxHoldsPerMinute)
        return rateLimitReached(actor, *limits.maxHoldsPerMinute, holds.nextAllowedUtc);
    return std::nullopt;
}

Error unpaidLimitReached(const Actor &actor, int limit, const QDateTime &firstLapsesUtc, const QString &countedLogin)
{
    const QString when = firstLapsesUtc.isValid()
        ? QCoreApplication::translate("HoldLimits", ", or wait until %1 UTC when the first of them lapses").arg(clock(firstLapsesUtc))
        : QString();
    return makeError(ErrorCode::LimitReached,
                     QCoreApplication::translate("HoldLimits", "%1 already has %2 unpaid hold(s), the most one %3 "
                                                                       "terminal may have at once; pay for or release one%4")
                         .arg(counted(actor, countedLogin))
                         .arg(limit)
                         .arg(roleDisplayName(actor.role), when),
                     {QStringLiteral("unpaid_limit"), QString::number(limit), iso(firstLapsesUtc)});
}

Error rateLimitReached(const Actor &actor, int limit, const QDateTime &nextAllowedUtc, const QString &countedLogin)
{
    return makeError(ErrorCode::LimitReached,
                     QCoreApplication::translate("HoldLimits", "%1 placed %2 holds in the last minute, the most one %3 "
                                                                       "terminal may place; try again at %4 UTC")
                         .arg(counted(actor, countedLogin))
                         .arg(limit)
                         .arg(roleDisplayName(actor.role), clock(nextAllowedUtc)),
                     {QStringLiteral("rate_limit"), QString::number(limit), iso(nextAllowedUtc)});
}

} // namespace kiosk
