#include "DemoNetwork.h"

#include <QtMath>

namespace kiosk {

namespace {
DemoAirport make(const char *iata, const char *city, const char *name, const char *country, const char *zone,
                 double latitude, double longitude)
{
    return DemoAirport{Airport{QString::fromLatin1(iata), QString::fromLatin1(city), QString::fromLatin1(name),
                               QString::fromLatin1(country), QString::fromLatin1(zone)},
                       latitude, longitude};
}

QList<QTime> times(std::initializer_list<const char *> hhmm)
{
    QList<QTime> result;
    for (const char *text : hhmm)
        result << QTime::fromString(QString::fromLatin1(text), QStringLiteral("HH:mm"));
    return result;
}

DemoRoute route(const char *carrier, const char *origin, const char *destination, int firstNumber,
                std::initializer_list<const char *> outbound, std::initializer_list<const char *> inbound,
                std::initializer_list<const char *> aircraft)
{
    DemoRoute result{QString::fromLatin1(carrier), QString::fromLatin1(origin), QString::fromLatin1(destination),
                     firstNumber, times(outbound), times(inbound), {}};
    for (const char *type : aircraft)
        result.aircraft << QString::fromLatin1(type);
    return result;
}

constexpr double EarthRadiusKm = 6371.0;
constexpr double TaxiMinutes = 40.0;
constexpr double CruiseKmPerMinute = 14.0; // about 840 km/h
} // namespace

const QList<DemoAirport> &DemoNetwork::airports()
{
    static const QList<DemoAirport> list = {
        make("DUB", "Dublin", "Dublin Airport", "IE", "Europe/Dublin", 53.4213, -6.2701),
        make("LHR", "London", "Heathrow Airport", "GB", "Europe/London", 51.4700, -0.4543),
        make("EDI", "Edinburgh", "Edinburgh Airport", "GB", "Europe/London", 55.9500, -3.3725),
        make("CDG", "Paris", "Paris Charles de Gaulle Airport", "FR", "Europe/Paris", 49.0097, 2.5479),
        make("AMS", "Amsterdam", "Amsterdam Airport Schiphol", "NL", "Europe/Amsterdam", 52.3105, 4.7683),
        make("FRA", "Frankfurt", "Frankfurt Airport", "DE", "Europe/Berlin", 50.0379, 8.5622),
        make("MAD", "Madrid", "Madrid-Barajas Airport", "ES", "Europe/Madrid", 40.4983, -3.5676),
        make("BCN", "Barcelona", "Barcelona-El Prat Airport", "ES", "Europe/Madrid", 41.2974, 2.0833),
        make("FCO", "Rome", "Rome Fiumicino Airport", "IT", "Europe/Rome", 41.8003, 12.2389),
        make("LIS", "Lisbon", "Lisbon Humberto Delgado Airport", "PT", "Europe/Lisbon", 38.7742, -9.1342),
        make("JFK", "New York", "John F. Kennedy International Airport", "US", "America/New_York", 40.6413,
             -73.7781),
        make("BOS", "Boston", "Logan International Airport", "US", "America/New_York", 42.3656, -71.0096),
        make("ORD", "Chicago", "O'Hare International Airport", "US", "America/Chicago", 41.9742, -87.9073),
        make("LAX", "Los Angeles", "Los Angeles International Airport", "US", "America/Los_Angeles", 33.9416,
             -118.4085),
        make("DXB", "Dubai", "Dubai International Airport", "AE", "Asia/Dubai", 25.2532, 55.3657),
        make("SIN", "Singapore", "Singapore Changi Airport", "SG", "Asia/Singapore", 1.3644, 103.9915),
        make("HND", "Tokyo", "Tokyo Haneda Airport", "JP", "Asia/Tokyo", 35.5494, 139.7798),
    };
    return list;
}

const QList<DemoCarrier> &DemoNetwork::carriers()
{
    static const QList<DemoCarrier> list = {
        {QStringLiteral("KX"), QStringLiteral("Kestrel Air"), QStringLiteral("DUB"), QStringLiteral("EUR"), 100, QStringLiteral("999")},
        {QStringLiteral("BA"), QStringLiteral("British Airways"), QStringLiteral("LHR"), QStringLiteral("GBP"), 86, QStringLiteral("125")},
        {QStringLiteral("LH"), QStringLiteral("Lufthansa"), QStringLiteral("FRA"), QStringLiteral("EUR"), 100, QStringLiteral("220")},
        {QStringLiteral("AA"), QStringLiteral("American Airlines"), QStringLiteral("JFK"), QStringLiteral("USD"), 108, QStringLiteral("001")},
        {QStringLiteral("EK"), QStringLiteral("Emirates"), QStringLiteral("DXB"), QStringLiteral("AED"), 400, QStringLiteral("176")},
        {QStringLiteral("JL"), QStringLiteral("Japan Airlines"), QStringLiteral("HND"), QStringLiteral("JPY"), 160, QStringLiteral("131")},
    };
    return list;
}

const QList<DemoRoute> &DemoNetwork::routes()
{
    // 29 departures each way a day: 58 flights. Numbers follow the carriers' habits
    // where a real one exists (BA11 to Singapore, EK1 to London, LH430 to Chicago).
    static const QList<DemoRoute> list = {
        route("KX", "DUB", "LHR", 100, {"06:45", "12:15", "17:50"}, {"09:30", "15:05", "20:40"}, {"A320", "A321neo"}),
        route("KX", "DUB", "CDG", 120, {"07:10", "16:25"}, {"10:40", "19:55"}, {"A320"}),
        route("KX", "DUB", "AMS", 140, {"08:05"}, {"11:30"}, {"A320"}),
        route("KX", "DUB", "MAD", 160, {"09:20"}, {"13:45"}, {"A321neo"}),
        route("KX", "DUB", "FCO", 180, {"10:15"}, {"14:50"}, {"A320", "A321neo"}),
        route("KX", "DUB", "LIS", 190, {"06:55"}, {"11:05"}, {"A320"}),
        route("KX", "DUB", "JFK", 200, {"11:00"}, {"18:30"}, {"B787-9"}),
        route("KX", "DUB", "BOS", 210, {"13:25"}, {"19:45"}, {"A321neo"}),
        route("KX", "DUB", "ORD", 220, {"12:40"}, {"17:35"}, {"B787-9"}),
        route("BA", "LHR", "EDI", 1440, {"07:00", "13:35"}, {"09:05", "15:50"}, {"A320"}),
        route("BA", "LHR", "JFK", 114, {"08:25", "16:40"}, {"18:30", "22:10"}, {"B777-300ER", "A380-800"}),
        route("BA", "LHR", "SIN", 11, {"21:20"}, {"23:15"}, {"A380-800"}),
        route("LH", "FRA", "LHR", 900, {"07:30", "17:15"}, {"10:40", "20:25"}, {"A321neo"}),
        route("LH", "FRA", "ORD", 430, {"10:35"}, {"17:40"}, {"B787-9"}),
        route("LH", "FRA", "BCN", 1130, {"09:50"}, {"13:15"}, {"A321neo", "A320"}),
        route("AA", "JFK", "LAX", 1, {"08:00", "15:30"}, {"07:00", "12:45"}, {"B737-800"}),
        route("AA", "JFK", "DUB", 290, {"19:15"}, {"10:55"}, {"B777-300ER", "B787-9"}),
        route("EK", "DXB", "LHR", 1, {"07:45"}, {"14:40"}, {"A380-800"}),
        route("EK", "DXB", "DUB", 161, {"07:25"}, {"15:30"}, {"B777-300ER"}),
        route("EK", "DXB", "SIN", 354, {"09:55"}, {"22:45"}, {"B777-300ER"}),
        route("JL", "HND", "LHR", 41, {"11:40"}, {"19:20"}, {"B777-300ER"}),
        route("JL", "HND", "SIN", 35, {"11:00"}, {"22:45"}, {"B787-9"}),
    };
    return list;
}

std::optional<DemoAirport> DemoNetwork::airport(const QString &iata)
{
    for (const DemoAirport &candidate : airports()) {
        if (candidate.airport.iata == iata)
            return candidate;
    }
    return std::nullopt;
}

std::optional<DemoCarrier> DemoNetwork::carrier(const QString &code)
{
    for (const DemoCarrier &candidate : carriers()) {
        if (candidate.code == code)
            return candidate;
    }
    return std::nullopt;
}

int DemoNetwork::distanceKm(const DemoAirport &from, const DemoAirport &to)
{
    // Haversine: accurate to well under 1 % at airline distances.
    const double lat1 = qDegreesToRadians(from.latitude);
    const double lat2 = qDegreesToRadians(to.latitude);
    const double dLat = lat2 - lat1;
    const double dLon = qDegreesToRadians(to.longitude - from.longitude);
    const double a = qPow(qSin(dLat / 2), 2) + qCos(lat1) * qCos(lat2) * qPow(qSin(dLon / 2), 2);
    return qRound(2 * EarthRadiusKm * qAtan2(qSqrt(a), qSqrt(1 - a)));
}

int DemoNetwork::blockMinutes(const DemoAirport &from, const DemoAirport &to)
{
    double dLon = to.longitude - from.longitude;
    if (dLon > 180)
        dLon -= 360;
    if (dLon < -180)
        dLon += 360;
    const double wind = dLon < 0 ? 1.08 : 0.95; // westbound flies into the jet stream
    const double minutes = TaxiMinutes + distanceKm(from, to) / CruiseKmPerMinute * wind;
    return qRound(minutes / 5) * 5;
}

} // namespace kiosk
