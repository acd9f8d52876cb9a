#include "SalesCutoffSettings.h"

#include "domain/AirlineCodes.h"
#include "domain/CheckInWindow.h"
#include "storage/AccessLogRepository.h"
#include "storage/SalesCutoffRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

namespace {

QString target(const QString &carrier, const QString &route)
{
    return route.isEmpty() ? QStringLiteral("airline %1").arg(carrier)
                           : QStringLiteral("airline %1 route %2").arg(carrier, route);
}

QString cutoffText(std::optional<int> minutes)
{
    return minutes ? QStringLiteral("closes %1 before departure").arg(CheckInWindow::durationText(*minutes))
                   : QStringLiteral("standard");
}

} // namespace

Result<QList<SalesCutoffRow>> SalesCutoffSettings::cutoffs()
{
    return SalesCutoffRepository(m_db).all();
}

Result<SalesCutoffRow> SalesCutoffSettings::set(const QString &carrierText, const QString &routeText, int closesMinutes)
{
    auto key = airlineRoute(carrierText, routeText);
    if (!key)
        return key.error();
    const QString &carrier = key->carrier;
    const QString &route = key->route;
    if (closesMinutes < 0 || closesMinutes > SalesCutoff::MaxClosesMinutes)
        return makeError(ErrorCode::BadInput,
                         tr("sales may close from 0 minutes up to %1 before departure, not %2")
                             .arg(CheckInWindow::durationText(SalesCutoff::MaxClosesMinutes),
                                  CheckInWindow::durationText(closesMinutes)));
    const QString what = target(carrier, route);
    if (auto allowed = m_access.require(m_actor, Permission::ConfigureAirlines, what); !allowed)
        return allowed.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    SalesCutoffRepository repository(m_db);
    auto rows = repository.all();
    if (!rows)
        return rows.error();
    std::optional<int> before;
    for (const SalesCutoffRow &row : std::as_const(*rows)) {
        if (row.carrier == carrier && row.route == route)
            before = row.closesMinutes;
    }
    const SalesCutoffRow after{carrier, route, closesMinutes};
    if (auto saved = repository.save(after); !saved)
        return saved.error();
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("set sales cut-off"), what,
                                                       QStringLiteral("allowed"),
                                                       QStringLiteral("%1 -> %2").arg(cutoffText(before), cutoffText(closesMinutes)));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return after;
}

Result<bool> SalesCutoffSettings::reset(const QString &carrierText, const QString &routeText)
{
    auto key = airlineRoute(carrierText, routeText);
    if (!key)
        return key.error();
    const QString &carrier = key->carrier;
    const QString &route = key->route;
    const QString what = target(carrier, route);
    if (auto allowed = m_access.require(m_actor, Permission::ConfigureAirlines, what); !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto removed = SalesCutoffRepository(m_db).remove(carrier, route);
    if (!removed)
        return removed.error();
    if (*removed) {
        if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("reset sales cut-off"), what,
                                                           QStringLiteral("allowed"), QStringLiteral("-> standard"));
            !logged)
            return logged.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return *removed;
}

} // namespace kiosk
