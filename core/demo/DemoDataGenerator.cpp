#include "DemoDataGenerator.h"

#include "DemoNetwork.h"
#include "common/Logging.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace kiosk {

namespace {

// One direction of a route, with everything that holds for every day it flies.
struct Leg {
    DemoCarrier carrier;
    DemoAirport from;
    DemoAirport to;
    QTimeZone zone;
    int firstNumber = 0;
    QList<QTime> departures;
    QString aircraft;
    QList<SeatTemplate> seats;
    int distanceKm = 0;
    int blockMinutes = 0;
};

// Economy in euro cents: a fixed part plus a per-km part that tapers on long haul,
// as real fares do (DUB-LHR about EUR 80, DUB-JFK about EUR 435).
qint64 economyEuroCents(int distanceKm)
{
    return 3900 + 9 * qint64(qMin(distanceKm, 3000)) + 6 * qint64(qMax(0, distanceKm - 3000));
}

int cabinPercent(Cabin cabin)
{
    // Far enough apart that a surcharged seat never costs more than the cabin above.
    switch (cabin) {
    case Cabin::First: return 700;
    case Cabin::Business: return 380;
    case Cabin::PremiumEconomy: return 180;
    case Cabin::Economy: return 100;
    }
    return 100;
}

constexpr int ExtraLegroomPercent = 112;

// Weekend travel peaks: Friday and Sunday cost a little more.
int dayPercent(const QDate &date)
{
    const int weekday = date.dayOfWeek();
    return weekday == Qt::Friday || weekday == Qt::Sunday ? 10 : 0;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, QDate firstDate, int days, const LayoutCatalog &layouts)
    : m_seed(seed), m_firstDate(firstDate), m_days(days), m_layouts(layouts)
{
}

Money DemoDataGenerator::fare(const QString &currency, int minorPerEur, int distanceKm, Cabin cabin,
                              bool extraLegroom, int demandPercent)
{
    // All integer: cabin, demand, legroom and the currency rate (minor units per 100
    // euro cents) each divide by 100; the largest numerator stays far below 2^63.
    const qint64 numerator = economyEuroCents(distanceKm) * cabinPercent(cabin) * demandPercent
        * (extraLegroom ? ExtraLegroomPercent : 100) * minorPerEur;
    constexpr qint64 divisor = 100LL * 100 * 100 * 100;
    const qint64 minor = (numerator + divisor / 2) / divisor;
    const int exponent = Money::exponentOf(currency);
    qint64 step = 1;
    for (int i = 0; i < exponent; ++i)
        step *= 10;
    if (exponent == 0)
        step = 100; // nobody prices a fare at 12,345 yen
    return Money(qMax(step, (minor + step / 2) / step * step), currency);
}

DemoSchedule DemoDataGenerator::generate() const
{
    DemoSchedule schedule;
    for (const DemoAirport &airport : DemoNetwork::airports())
        schedule.airports << airport.airport;
    if (!m_firstDate.isValid() || m_days <= 0)
        return schedule;

    // Draws happen in a fixed order: first one per route, then day by day, so day one
    // of a longer schedule is the same as a one-day schedule with the same seed.
    QRandomGenerator random(m_seed);
    QList<Leg> legs;
    for (const DemoRoute &route : DemoNetwork::routes()) {
        const QString type = route.aircraft.at(qsizetype(random.bounded(quint32(route.aircraft.size()))));
        const auto layout = m_layouts.layout(type);
        const auto carrier = DemoNetwork::carrier(route.carrier);
        const auto origin = DemoNetwork::airport(route.origin);
        const auto destination = DemoNetwork::airport(route.destination);
        if (!layout || !carrier || !origin || !destination) {
            qCWarning(lcDemo).noquote() << "demo route" << route.carrier << route.origin << route.destination
                                        << "left out:" << (layout ? QStringLiteral("unknown carrier or airport")
                                                                  : layout.error().message);
            continue;
        }
        const QList<SeatTemplate> seats = layout->seats();
        legs << Leg{*carrier, *origin, *destination, QTimeZone(origin->airport.timeZone.toLatin1()),
                    route.firstNumber, route.outbound, layout->type(), seats,
                    DemoNetwork::distanceKm(*origin, *destination), DemoNetwork::blockMinutes(*origin, *destination)};
        legs << Leg{*carrier, *destination, *origin, QTimeZone(destination->airport.timeZone.toLatin1()),
                    route.firstNumber + 1, route.inbound, layout->type(), seats,
                    DemoNetwork::distanceKm(*destination, *origin), DemoNetwork::blockMinutes(*destination, *origin)};
    }

    for (int day = 0; day < m_days; ++day) {
        const QDate date = m_firstDate.addDays(day);
        for (const Leg &leg : std::as_const(legs)) {
            for (qsizetype i = 0; i < leg.departures.size(); ++i) {
                GeneratedFlight generated;
                Flight &flight = generated.flight;
                flight.carrier = leg.carrier.code;
                flight.number = leg.firstNumber + 2 * int(i);
                flight.departureDate = date;
                flight.origin = leg.from.airport.iata;
                flight.destination = leg.to.airport.iata;
                flight.departureUtc = QDateTime(date, leg.departures.at(i), leg.zone).toUTC();
                flight.arrivalUtc = flight.departureUtc.addSecs(qint64(leg.blockMinutes) * 60);
                flight.aircraft = leg.aircraft;
                flight.currency = leg.carrier.currency;

                const int demand = 85 + int(random.bounded(51)) + dayPercent(date);
                generated.seats.reserve(leg.seats.size());
                for (const SeatTemplate &layoutSeat : leg.seats) {
                    Seat seat;
                    seat.code = layoutSeat.code;
                    seat.cabin = layoutSeat.cabin;
                    seat.features = layoutSeat.features;
                    seat.deck = layoutSeat.deck;
                    seat.price = fare(leg.carrier.currency, leg.carrier.minorPerEur, leg.distanceKm, seat.cabin,
                                      seat.features.testFlag(SeatFeature::ExtraLegroom), demand);
                    generated.seats << seat;
                }
                schedule.flights << generated;
            }
        }
    }

    std::stable_sort(schedule.flights.begin(), schedule.flights.end(),
                     [](const GeneratedFlight &a, const GeneratedFlight &b) {
                         if (a.flight.departureUtc != b.flight.departureUtc)
                             return a.flight.departureUtc < b.flight.departureUtc;
                         return a.flight.designator() < b.flight.designator();
                     });
    qCDebug(lcDemo) << "generated" << schedule.flights.size() << "flights from" << m_firstDate << "for" << m_days
                    << "days with seed" << m_seed;
    return schedule;
}

} // namespace kiosk
