#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Flight.h"
#include "domain/Result.h"
#include "storage/PriceRepository.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// Which flights a fare is set for: one flight, or a route's departures between two dates.
struct FareTarget {
    std::optional<FlightRef> flight;
    QString route; // "DUB-JFK", with `first` and `last` (local departure dates, inclusive)
    QDate first;
    QDate last;
};

// What a fare change did.
struct FareChange {
    QList<PricedFlight> flights; // those whose cabin fare was set
    Cabin cabin = Cabin::Economy;
    Money fare;
    Repriced repriced;
};

// One flight's fares, for the list.
struct FlightFares {
    PricedFlight flight;
    QList<CabinFares> cabins;
};

// Fares per flight and cabin (kioskctl fare): anyone may read them; setting one is an
// admin's right (Permission::SetPrices), checked before anything is read, validated (a
// negative or absurd amount, a currency that is not ISO 4217 or not the flight's, a cabin
// the flight does not have: nothing changes), written in one transaction with the re-pricing
// of the free seats (fare + surcharge) and the access log. Held and sold seats keep their
// price; the booking line keeps the price it was held at.
class FareSettings {
    Q_DECLARE_TR_FUNCTIONS(FareSettings)
public:
    FareSettings(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // `currency` empty: the flight's. `amount` as typed ("120.00").
    Result<FareChange> set(const FareTarget &target, Cabin cabin, const QString &amount, const QString &currency);
    Result<QList<FlightFares>> list(const FareTarget &target);

private:
    Result<QList<PricedFlight>> flightsOf(const FareTarget &target);
    QString targetText(const FareTarget &target) const;

    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
