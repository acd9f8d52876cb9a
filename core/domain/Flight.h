#pragma once

#include "IsoDate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kiosk {

struct Flight {
    qint64 id = 0;
    QString carrier;       // IATA airline designator, e.g. "KX"
    int number = 0;        // 1-9999
    QDate departureDate;   // local date at the origin: part of the flight's identity
    QString origin;        // IATA airport code
    QString destination;
    QDateTime departureUtc;
    QDateTime arrivalUtc;
    QString aircraft;      // layout type, e.g. "A320"
    QString currency;      // fares are sold in this currency
    bool cancelled = false; // by a schedule change: still shown, no longer sold

    // "KX101"
    QString designator() const { return carrier + QString::number(number); }
    // "KX101/2026-12-01", the form the CLI accepts
    QString key() const { return designator() + QLatin1Char('/') + isoDateText(departureDate); }
};

// A way to name a flight: a database id, or carrier + number + local departure date.
struct FlightRef {
    qint64 id = 0;
    QString carrier;
    int number = 0;
    QDate date;

    // Accepts "42" (an id) or "KX101/2026-12-01"; nullopt for anything else.
    static std::optional<FlightRef> parse(const QString &text);
    static FlightRef byId(qint64 flightId) { return FlightRef{flightId, {}, 0, {}}; }
    QString toString() const;
};

} // namespace kiosk
