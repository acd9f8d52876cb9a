#pragma once

#include "domain/Cabin.h"
#include "domain/Flight.h"
#include "domain/Result.h"
#include "domain/SeatPricing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kiosk {

class Database;

// A flight's stored fare of one class of seat (flight_fares).
struct StoredFare {
    Cabin cabin = Cabin::Economy;
    bool extraLegroom = false;
    Money price;
};

// What a flight's cabin sells for: its stored fares, or, for a flight stored with its seats
// (the demo), the lowest and highest fare its seats carry.
struct CabinFares {
    Cabin cabin = Cabin::Economy;
    QList<StoredFare> stored;
    Money lowestSeatFare;  // from the seats: price minus surcharge
    Money highestSeatFare;
    int seats = 0;
};

// A flight as prices need it.
struct PricedFlight {
    qint64 id = 0;
    QString key;      // "KX101/2026-12-01"
    QString carrier;
    QString route;    // "DUB-JFK"
    QString currency; // what the flight is sold in
    bool cancelled = false;
};

// What a re-pricing did.
struct Repriced {
    int flights = 0;
    int seats = 0;  // free seats whose price changed
    int kept = 0;   // seats held or sold: they keep their price
};

// Fares (flight_fares), seat surcharges (seat_surcharges, migration 0032) and the prices
// written to seats. repriceFreeSeats is the only writer of a seat's price from a fare and its
// surcharges: it applies SeatPricing to a flight's free seats (no hold, no sale), locking
// them first as a hold does, so a hold racing a re-pricing takes the old price or the new
// one, never a mix. Inside the caller's transaction.
class PriceRepository {
    Q_DECLARE_TR_FUNCTIONS(PriceRepository)
public:
    explicit PriceRepository(Database &db) : m_db(db) {}

    Result<PricedFlight> flight(qint64 flightId);
    // Flights between the two airports departing (local date) from `first` to `last`.
    Result<QList<PricedFlight>> flightsOnRoute(const QString &origin, const QString &destination, const QDate &first,
                                               const QDate &last);
    // The airline's flights (of one route if given) that have not departed and are not cancelled.
    Result<QList<PricedFlight>> upcomingFlights(const QString &carrier, const QString &route);

    Result<QList<CabinFares>> fares(qint64 flightId);
    // Sets the fare of a cabin, for its seats with and without extra legroom alike (extra
    // legroom is a surcharge now).
    Status setFare(qint64 flightId, Cabin cabin, const Money &fare);

    // Every surcharge, or one airline's (its routes too).
    Result<QList<SeatSurcharge>> surcharges(const QString &carrier = QString());
    Status saveSurcharge(const SeatSurcharge &surcharge);
    Result<bool> removeSurcharge(const QString &carrier, const QString &route, SeatCharacteristic characteristic);
    // How many seats of the flights have the characteristic (all seats, whoever has them).
    Result<int> seatsWith(const QList<qint64> &flightIds, SeatCharacteristic characteristic);

    // The flights' free seats at fare + surcharge (SeatPricing).
    Result<Repriced> repriceFreeSeats(const QList<qint64> &flightIds);
    // The same, but only when a surcharge exists at all (opening a flight: its seats were
    // made at their fares, which is their price without surcharges).
    Result<Repriced> applySurcharges(const QList<qint64> &flightIds);

private:
    // The flight's seats with their status (Free or Held for held and sold alike), locked.
    Result<QList<Seat>> lockSeats(qint64 flightId);
    Status writePrices(const QList<Seat> &seats);
    Result<QList<PricedFlight>> selectFlights(const QString &where, const QList<QPair<QString, QVariant>> &bindings);

    Database &m_db;
};

} // namespace kiosk
