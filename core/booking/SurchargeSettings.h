#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/AirlineCodes.h"
#include "domain/Result.h"
#include "storage/PriceRepository.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// What setting or removing a surcharge did.
struct SurchargeChange {
    SeatSurcharge surcharge;
    bool removed = false;   // remove: whether there was one
    int flights = 0;        // upcoming flights of the airline (route) re-priced
    int seatsWith = 0;      // their seats with the characteristic
    Repriced repriced;
    QString warning;        // set when no seat of those flights has the characteristic
};

// Seat surcharges per airline or route ("KX", "KX/DUB-JFK"; the route's wins) and
// characteristic (kioskctl surcharge): anyone may list them; setting or removing one is an
// admin's right (Permission::SetPrices), validated (nothing changes on bad input), written
// with the re-pricing of the free seats of the airline's (route's) upcoming flights and the
// access log in one transaction. A surcharge on a characteristic none of those seats has is
// stored, with a warning (a layout to come may have it).
class SurchargeSettings {
    Q_DECLARE_TR_FUNCTIONS(SurchargeSettings)
public:
    SurchargeSettings(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // "KX" or "KX/DUB-JFK"
    static Result<AirlineRoute> parseScope(const QString &text);

    Result<QList<SeatSurcharge>> list(const QString &scope = QString());
    // `currency` empty: the one the airline's (route's) upcoming flights are sold in.
    Result<SurchargeChange> set(const QString &scope, const QString &characteristic, const QString &amount,
                                const QString &currency);
    Result<SurchargeChange> remove(const QString &scope, const QString &characteristic);

private:
    Result<SurchargeChange> change(const QString &scope, const QString &characteristic, const QString &amount,
                                   const QString &currency, bool removing);

    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
