#include "FareSettings.h"

#include "common/Logging.h"
#include "domain/AirlineCodes.h"
#include "domain/CurrencyCodes.h"
#include "domain/SeatPricing.h"
#include "storage/AccessLogRepository.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

QString FareSettings::targetText(const FareTarget &target) const
{
    if (target.flight)
        return QStringLiteral("flight %1").arg(target.flight->toString());
    return QStringLiteral("route %1 %2..%3")
        .arg(target.route, target.first.toString(Qt::ISODate), target.last.toString(Qt::ISODate));
}

Result<QList<PricedFlight>> FareSettings::flightsOf(const FareTarget &target)
{
    PriceRepository prices(m_db);
    if (target.flight) {
        auto flight = FlightRepository(m_db).find(*target.flight);
        if (!flight)
            return flight.error();
        auto priced = prices.flight(flight->id);
        if (!priced)
            return priced.error();
        return QList<PricedFlight>{*priced};
    }
    auto route = routeCode(target.route);
    if (!route)
        return route.error();
    if (route->isEmpty())
        return makeError(ErrorCode::BadInput, tr("name a route, such as DUB-JFK"));
    if (!target.first.isValid() || !target.last.isValid())
        return makeError(ErrorCode::BadInput, tr("a route's fares need the first and the last departure date (--from, --to)"));
    if (target.last < target.first)
        return makeError(ErrorCode::BadInput, tr("the last date %1 is before the first %2")
                                                  .arg(target.last.toString(Qt::ISODate), target.first.toString(Qt::ISODate)));
    auto flights = prices.flightsOnRoute(route->left(3), route->right(3), target.first, target.last);
    if (!flights)
        return flights.error();
    if (flights->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no flight from %1 to %2 departs between %3 and %4")
                                                  .arg(route->left(3), route->right(3), target.first.toString(Qt::ISODate),
                                                       target.last.toString(Qt::ISODate)));
    return *flights;
}

Result<FareChange> FareSettings::set(const FareTarget &target, Cabin cabin, const QString &amount, const QString &currencyText)
{
    const QString currencyGiven = currencyText.trimmed();
    if (!currencyGiven.isEmpty() && !isIsoCurrency(currencyGiven))
        return makeError(ErrorCode::BadInput, unknownCurrencyMessage(currencyGiven));
    const QString what = targetText(target) + QLatin1Char(' ') + cabinCode(cabin);
    if (auto allowed = m_access.require(m_actor, Permission::SetPrices, what); !allowed)
        return allowed.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto flights = flightsOf(target);
    if (!flights)
        return flights.error();
    const QString currency = currencyGiven.isEmpty() ? flights->first().currency : currencyGiven;
    auto fare = SeatPricing::parseAmount(amount, currency, tr("the fare"));
    if (!fare)
        return fare.error();

    PriceRepository prices(m_db);
    FareChange change{{}, cabin, *fare, {}};
    QStringList before;
    for (const PricedFlight &flight : std::as_const(*flights)) {
        if (flight.currency != currency)
            return makeError(ErrorCode::BadInput, tr("flight %1 is sold in %2, not %3; its fares are in %2; nothing was changed")
                                                      .arg(flight.key, flight.currency, currency));
        if (flight.cancelled) {
            if (target.flight)
                return makeError(ErrorCode::WrongState, tr("flight %1 is cancelled; its fares are no longer set").arg(flight.key));
            continue;
        }
        auto cabins = prices.fares(flight.id);
        if (!cabins)
            return cabins.error();
        const auto has = std::find_if(cabins->cbegin(), cabins->cend(), [&](const CabinFares &c) { return c.cabin == cabin; });
        if (has == cabins->cend())
            continue;
        before << (has->stored.isEmpty() ? has->lowestSeatFare.toString() : has->stored.first().price.toString());
        if (auto saved = prices.setFare(flight.id, cabin, *fare); !saved)
            return saved.error();
        change.flights << flight;
    }
    if (change.flights.isEmpty())
        return makeError(ErrorCode::NotFound, target.flight ? tr("flight %1 has no %2 cabin; nothing was changed")
                                                                  .arg(flights->first().key, cabinName(cabin))
                                                            : tr("no flight of route %1 between %2 and %3 has a %4 cabin; "
                                                                 "nothing was changed")
                                                                  .arg(flights->first().route,
                                                                       target.first.toString(Qt::ISODate),
                                                                       target.last.toString(Qt::ISODate), cabinName(cabin)));
    QList<qint64> ids;
    for (const PricedFlight &flight : std::as_const(change.flights))
        ids << flight.id;
    auto repriced = prices.repriceFreeSeats(ids);
    if (!repriced)
        return repriced.error();
    change.repriced = *repriced;
    before.removeDuplicates();
    const QString detail = QStringLiteral("%1 -> %2 on %3 flight(s); %4 free seat(s) re-priced, %5 held or sold kept")
                               .arg(before.join(QLatin1Char('/')), fare->toString())
                               .arg(change.flights.size())
                               .arg(repriced->seats)
                               .arg(repriced->kept);
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("set fare"), what, QStringLiteral("allowed"), detail);
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcBooking).noquote() << "fare" << what << detail << "by" << m_actor.name;
    return change;
}

Result<QList<FlightFares>> FareSettings::list(const FareTarget &target)
{
    auto flights = flightsOf(target);
    if (!flights)
        return flights.error();
    QList<FlightFares> listed;
    PriceRepository prices(m_db);
    for (const PricedFlight &flight : std::as_const(*flights)) {
        auto cabins = prices.fares(flight.id);
        if (!cabins)
            return cabins.error();
        listed.append({flight, *cabins});
    }
    return listed;
}

} // namespace kiosk
