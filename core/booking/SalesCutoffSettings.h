#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SalesCutoff.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// The airlines' sales cut-offs (sales_cutoffs): anyone may list them; setting or removing
// one is an admin's right (Permission::ConfigureAirlines, as for check-in windows),
// validated here (nothing changes on bad input) and written to the access log with the old
// and the new value. SeatHolder refuses a hold past the cut-off; the departures board shows
// such a flight as closed.
class SalesCutoffSettings {
    Q_DECLARE_TR_FUNCTIONS(SalesCutoffSettings)
public:
    SalesCutoffSettings(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    Result<QList<SalesCutoffRow>> cutoffs();
    // `route` empty: the airline's own cut-off; "DUB-LHR": that route's, which wins over it.
    Result<SalesCutoffRow> set(const QString &carrier, const QString &route, int closesMinutes);
    // Back to the airline's cut-off (for a route) or the standard one; false if none was set.
    Result<bool> reset(const QString &carrier, const QString &route);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
