#pragma once

#include "domain/Airport.h"

#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace kiosk {

struct DemoAirport {
    Airport airport;
    double latitude = 0;  // degrees north
    double longitude = 0; // degrees east
};

struct DemoCarrier {
    QString code;     // IATA designator
    QString name;
    QString hub;      // IATA airport
    QString currency; // ISO 4217: what the carrier sells in
    int minorPerEur;  // minor units worth one euro: fares are set in euro cents, then converted
    QString numericCode; // IATA accounting code: boarding passes and bag tags carry it (KX: fictional)
};

// A city pair a carrier flies every day. The n-th outbound departure is flight
// firstNumber + 2n, its return the number after it (BA11 out, BA12 back), so a number
// always means the same departure, as in a real timetable.
struct DemoRoute {
    QString carrier;
    QString origin;
    QString destination;
    int firstNumber = 0;
    QList<QTime> outbound; // local time at origin
    QList<QTime> inbound;  // local time at destination
    QStringList aircraft;  // the seed picks one per route
};

// The fixed world of the demo: real airports, a fictional house carrier ("KX",
// Kestrel Air, hub Dublin) and a few real ones, and the routes they fly. Departure
// times avoid 01:00-03:00 so a daylight-saving change never lands one in a gap.
class DemoNetwork {
public:
    static const QList<DemoAirport> &airports();
    static const QList<DemoCarrier> &carriers();
    static const QList<DemoRoute> &routes();

    static std::optional<DemoAirport> airport(const QString &iata);
    static std::optional<DemoCarrier> carrier(const QString &code);

    // Great-circle distance, rounded to whole kilometres.
    static int distanceKm(const DemoAirport &from, const DemoAirport &to);
    // Gate to gate: taxi time plus cruise, slower westbound against the jet stream;
    // rounded to 5 minutes as airlines publish them.
    static int blockMinutes(const DemoAirport &from, const DemoAirport &to);
};

} // namespace kiosk
