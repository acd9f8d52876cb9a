#pragma once

#include "domain/Flight.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/Seat.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

// Where a stored flight came from: the demo generator (these defaults, as the schema's) or
// a schedule source with the aircraft it named.
struct FlightOrigin {
    QString source = QStringLiteral("demo");
    QString iataType;      // IATA aircraft type; empty: not known
    QString configuration; // e.g. "J12Y156"; empty: not known
    bool generatedLayout = false;
    // The stored version of the layout (flights.layout_version); the demo generator's
    // built-in layouts are version 1. Ignored for a generated layout.
    int layoutVersion = 1;
};

// A flight row to insert.
struct NewFlight {
    Flight flight;
    FlightOrigin origin;
};

// The price of one class of seat on one flight: a cabin, with or without extra legroom
// (what a fare depends on), for the seats of the stored layout `layoutKey`.
struct ClassFare {
    qint64 flightId = 0;
    QString layoutKey;
    Cabin cabin = Cabin::Economy;
    bool extraLegroom = false;
    Money price;
};

// Writes flights in bulk, for a schedule import of a season: flights and their fares per
// class of seat in multi-row INSERTs; seats, when a flight opens for sale (SaleOpening) or
// its aircraft changes, copied inside the database from layout_seats (a layout stored
// once) priced by class, so no seat row crosses the connection.
class LegWriter {
    Q_DECLARE_TR_FUNCTIONS(LegWriter)
public:
    explicit LegWriter(Database &db) : m_db(db) {}

    // The seats of a layout (code, cabin, features, deck; prices ignored) under `key`,
    // which must name their content: a key already stored is left as it is.
    Status storeLayout(const QString &key, const QList<Seat> &seats);
    // Inserts the flights; their ids in the same order.
    Result<QList<qint64>> insertFlights(const QList<NewFlight> &flights);
    // The fares of flights not on sale yet (flight_fares): their seats are made when they
    // open (SaleOpening). One multi-row INSERT per thousand fares.
    Status insertFares(const QList<ClassFare> &fares);
    // Another aircraft for one flight: `fares` (all its) replace its stored ones.
    Status replaceFares(qint64 flightId, const QList<ClassFare> &fares);
    // Every seat of the fares' layouts, class by class, to the fares' flights at their
    // prices, in the layout's order: one INSERT ... SELECT per thousand fares. With
    // `missingOnly`, only the codes a flight does not have yet.
    Status insertSeats(const QList<ClassFare> &fares, bool missingOnly = false);
    // Another aircraft for one flight (`fares` all its): a seat whose code the new layout
    // has takes that layout seat's cabin, features, deck and fare in place, so a booking
    // line on it stays; the new codes are added.
    Status refitSeats(const QList<ClassFare> &fares);
    // After the passengers moved: the flight's seats that `layoutKey` lacks are deleted,
    // or blocked where a booking line of the flight (history included) still points at one.
    Status retireSeats(qint64 flightId, const QString &layoutKey);

private:
    Database &m_db;
};

} // namespace kiosk
