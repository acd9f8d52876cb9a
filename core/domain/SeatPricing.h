#pragma once

#include "Money.h"
#include "Result.h"
#include "Seat.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace kiosk {

// What a seat surcharge is charged for: a characteristic of the seat (its features), or
// its place in the cabin (the front rows of economy).
enum class SeatCharacteristic { ExtraLegroom, ExitRow, FrontRows, Window, Aisle };

// "extra_legroom", "exit_row", "front_rows", "window", "aisle" (the CLI's and the database's names)
QString characteristicName(SeatCharacteristic characteristic);
std::optional<SeatCharacteristic> characteristicFromName(const QString &name);
QStringList characteristicNames();
// "extra legroom", ... in the user's language
QString characteristicTitle(SeatCharacteristic characteristic);

// One airline's (route empty) or one route's surcharge for a characteristic.
struct SeatSurcharge {
    QString carrier;
    QString route; // "DUB-JFK"; empty: every route of the airline
    SeatCharacteristic characteristic = SeatCharacteristic::ExtraLegroom;
    Money amount;
};

// A seat's price and what it is made of.
struct PriceBreakdown {
    Money fare;
    QList<SeatSurcharge> surcharges; // the ones charged, in characteristic order
    Money surcharge() const;         // their sum (0 in the fare's currency when none)
    Money total() const;             // fare + surcharge
};

// THE seat price: the fare of the seat's cabin plus the surcharge of every characteristic
// the seat has. The surcharges of the flight's route win over the airline's, one
// characteristic at a time; a surcharge in another currency than the fare's is not charged
// (a flight is sold in one currency). Used for every price written to a seat: when a flight
// opens for sale and when a fare or surcharge changes (storage/SeatPriceWriter).
class SeatPricing {
    Q_DECLARE_TR_FUNCTIONS(SeatPricing)
public:
    // The first rows of economy that count as its front rows.
    static constexpr int FrontRowsOfEconomy = 3;
    // The largest fare or surcharge: 1,000,000 in the currency's main unit.
    static constexpr qint64 MaxMajorUnits = 1000000;

    // `surcharges`: every row of the flight's airline (its routes too); `seats`: all the
    // flight's seats (the front rows of economy are counted from them).
    SeatPricing(const QString &carrier, const QString &route, const QList<SeatSurcharge> &surcharges,
                const QList<Seat> &seats);

    // The characteristics `seat` has, in their order.
    QList<SeatCharacteristic> characteristicsOf(const Seat &seat) const;
    PriceBreakdown price(const Seat &seat, const Money &fare) const;
    // Whether any surcharge applies to this flight at all (none: the fare is the price).
    bool chargesAnything() const { return !m_applicable.isEmpty(); }

    // A fare or surcharge amount typed by staff ("120", "25.50") in `currency`: refused if it
    // is not a number with the currency's decimals, negative, or above MaxMajorUnits.
    static Result<Money> parseAmount(const QString &text, const QString &currency, const QString &what);

private:
    QList<SeatSurcharge> m_applicable; // one per characteristic at most
    QList<int> m_frontRows;            // seat rows
};

} // namespace kiosk
