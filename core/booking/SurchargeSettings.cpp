#include "SurchargeSettings.h"

#include "common/Logging.h"
#include "domain/AirlineCodes.h"
#include "domain/CurrencyCodes.h"
#include "storage/AccessLogRepository.h"
#include "storage/Transaction.h"

#include <QSet>

namespace kiosk {

namespace {

QString scopeText(const AirlineRoute &scope)
{
    return scope.route.isEmpty() ? scope.carrier : scope.carrier + QLatin1Char('/') + scope.route;
}

} // namespace

Result<AirlineRoute> SurchargeSettings::parseScope(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() > 2)
        return makeError(ErrorCode::BadInput, tr("name an airline (KX) or an airline's route (KX/DUB-JFK), not '%1'").arg(text));
    return airlineRoute(parts.first(), parts.size() == 2 ? parts.last() : QString());
}

Result<QList<SeatSurcharge>> SurchargeSettings::list(const QString &scopeArgument)
{
    if (scopeArgument.trimmed().isEmpty())
        return PriceRepository(m_db).surcharges();
    auto scope = parseScope(scopeArgument);
    if (!scope)
        return scope.error();
    auto rows = PriceRepository(m_db).surcharges(scope->carrier);
    if (!rows)
        return rows.error();
    if (!scope->route.isEmpty()) // the route's own and the airline's it falls back to
        rows->removeIf([&](const SeatSurcharge &row) { return !row.route.isEmpty() && row.route != scope->route; });
    return *rows;
}

Result<SurchargeChange> SurchargeSettings::set(const QString &scope, const QString &characteristic, const QString &amount,
                                               const QString &currency)
{
    return change(scope, characteristic, amount, currency, false);
}

Result<SurchargeChange> SurchargeSettings::remove(const QString &scope, const QString &characteristic)
{
    return change(scope, characteristic, QString(), QString(), true);
}

Result<SurchargeChange> SurchargeSettings::change(const QString &scopeArgument, const QString &characteristicText,
                                                  const QString &amount, const QString &currencyText, bool removing)
{
    auto scope = parseScope(scopeArgument);
    if (!scope)
        return scope.error();
    const auto characteristic = characteristicFromName(characteristicText);
    if (!characteristic)
        return makeError(ErrorCode::BadInput, tr("'%1' is not a seat characteristic a surcharge is charged for; use %2")
                                                  .arg(characteristicText, characteristicNames().join(QStringLiteral(", "))));
    const QString currencyGiven = currencyText.trimmed();
    if (!currencyGiven.isEmpty() && !isIsoCurrency(currencyGiven))
        return makeError(ErrorCode::BadInput, unknownCurrencyMessage(currencyGiven));
    const QString what = scopeText(*scope) + QLatin1Char(' ') + characteristicName(*characteristic);
    if (auto allowed = m_access.require(m_actor, Permission::SetPrices, what); !allowed)
        return allowed.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    PriceRepository prices(m_db);
    auto flights = prices.upcomingFlights(scope->carrier, scope->route);
    if (!flights)
        return flights.error();
    QList<qint64> ids;
    QSet<QString> sold;
    for (const PricedFlight &flight : std::as_const(*flights)) {
        ids << flight.id;
        sold.insert(flight.currency);
    }
    SurchargeChange result;
    result.surcharge = SeatSurcharge{scope->carrier, scope->route, *characteristic, Money()};
    auto existing = prices.surcharges(scope->carrier);
    if (!existing)
        return existing.error();
    QString before = QStringLiteral("none");
    for (const SeatSurcharge &row : std::as_const(*existing)) {
        if (row.route == scope->route && row.characteristic == *characteristic)
            before = row.amount.toString();
    }
    if (removing) {
        auto removed = prices.removeSurcharge(scope->carrier, scope->route, *characteristic);
        if (!removed)
            return removed.error();
        result.removed = *removed;
        if (!*removed)
            return result; // nothing to re-price, nothing to log
    } else {
        QString currency = currencyGiven;
        if (currency.isEmpty() && sold.size() == 1)
            currency = *sold.cbegin();
        if (currency.isEmpty())
            return makeError(ErrorCode::BadInput,
                             sold.isEmpty() ? tr("%1 has no flights to come to take the currency from; give --currency").arg(scopeText(*scope))
                                            : tr("%1 sells in more than one currency; give --currency").arg(scopeText(*scope)));
        auto parsed = SeatPricing::parseAmount(amount, currency, tr("the surcharge"));
        if (!parsed)
            return parsed.error();
        result.surcharge.amount = *parsed;
        if (auto saved = prices.saveSurcharge(result.surcharge); !saved)
            return saved.error();
        auto with = prices.seatsWith(ids, *characteristic);
        if (!with)
            return with.error();
        result.seatsWith = *with;
        if (*with == 0)
            result.warning = tr("warning: no seat of the %1 flight(s) to come of %2 is %3; the surcharge is stored for "
                                "the seats that will be")
                                 .arg(flights->size())
                                 .arg(scopeText(*scope), characteristicTitle(*characteristic));
    }
    auto repriced = prices.repriceFreeSeats(ids);
    if (!repriced)
        return repriced.error();
    result.flights = int(ids.size());
    result.repriced = *repriced;
    const QString detail = QStringLiteral("%1 -> %2; %3 free seat(s) re-priced on %4 flight(s), %5 held or sold kept")
                               .arg(before, removing ? QStringLiteral("none") : result.surcharge.amount.toString())
                               .arg(repriced->seats)
                               .arg(result.flights)
                               .arg(repriced->kept);
    if (auto logged = AccessLogRepository(m_db).record(m_actor, removing ? QStringLiteral("remove seat surcharge")
                                                                         : QStringLiteral("set seat surcharge"),
                                                       what, QStringLiteral("allowed"), detail);
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcBooking).noquote() << "seat surcharge" << what << detail << "by" << m_actor.name;
    return result;
}

} // namespace kiosk
