#include "PricingCommands.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "TextTable.h"
#include "booking/FareSettings.h"
#include "booking/SurchargeSettings.h"

#include <QJsonArray>

namespace kiosk::ctl {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

// The positionals after ACTION must be exactly `count`.
Status exactly(const QString &command, const CommandArguments &arguments, int count, const QString &form)
{
    for (int i = 1; i <= 4; ++i) {
        const bool given = !arguments.positional(i).isEmpty();
        if (given != (i <= count))
            return bad(QStringLiteral("%1 %2: expected %3; see kioskctl help %1").arg(command, arguments.positional(0), form));
    }
    return Done{};
}

// FLIGHT as the first argument after the action, or --route FROM-TO --from DATE --to DATE.
Result<FareTarget> fareTarget(const CommandArguments &arguments, bool listing)
{
    FareTarget target;
    const bool byRoute = arguments.isSet(QStringLiteral("route"));
    const QString form = listing ? QStringLiteral("fare list FLIGHT or fare list --route FROM-TO --from DATE --to DATE")
                                 : QStringLiteral("fare set FLIGHT CABIN AMOUNT or fare set --route FROM-TO --from DATE "
                                                  "--to DATE CABIN AMOUNT");
    const int wanted = (listing ? 0 : 2) + (byRoute ? 0 : 1);
    if (auto counted = exactly(QStringLiteral("fare"), arguments, wanted, form); !counted)
        return counted.error();
    if (!byRoute) {
        if (arguments.isSet(QStringLiteral("from")) || arguments.isSet(QStringLiteral("to")))
            return bad(QStringLiteral("--from and --to go with --route; a single flight names its date"));
        auto ref = InputParser::flight(arguments.positional(1));
        if (!ref)
            return ref.error();
        target.flight = *ref;
        return target;
    }
    target.route = arguments.value(QStringLiteral("route"));
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!arguments.isSet(option))
            return bad(QStringLiteral("--route needs --from DATE and --to DATE (the first and last departure date)"));
        auto date = InputParser::date(arguments.value(option), option);
        if (!date)
            return date.error();
        (option == QLatin1String("from") ? target.first : target.last) = *date;
    }
    return target;
}

QString cabinFaresText(const CabinFares &cabin)
{
    QStringList parts;
    for (const StoredFare &fare : cabin.stored) {
        const bool legroomDiffers = std::any_of(cabin.stored.cbegin(), cabin.stored.cend(), [&](const StoredFare &other) {
            return other.price != fare.price;
        });
        parts << (legroomDiffers && fare.extraLegroom ? QStringLiteral("%1 (extra legroom)").arg(fare.price.toString())
                                                      : fare.price.toString());
    }
    parts.removeDuplicates();
    if (parts.isEmpty() && cabin.seats > 0)
        parts << (cabin.lowestSeatFare == cabin.highestSeatFare
                      ? cabin.lowestSeatFare.toString()
                      : QStringLiteral("%1 to %2").arg(cabin.lowestSeatFare.toString(), cabin.highestSeatFare.amountString()))
                     + QStringLiteral(" (seats' own)");
    return parts.join(QStringLiteral(", "));
}

QJsonObject moneyJson(const Money &money)
{
    return {{QStringLiteral("amount"), money.minorUnits()},
            {QStringLiteral("currency"), money.currency()},
            {QStringLiteral("display"), money.toString()}};
}

QJsonObject surchargeJson(const SeatSurcharge &row)
{
    return {{QStringLiteral("carrier"), row.carrier},
            {QStringLiteral("route"), row.route.isEmpty() ? QJsonValue() : QJsonValue(row.route)},
            {QStringLiteral("characteristic"), characteristicName(row.characteristic)},
            {QStringLiteral("amount"), moneyJson(row.amount)}};
}

} // namespace

int PricingCommands::fare(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    if (action != QLatin1String("set") && action != QLatin1String("list"))
        return m_out.error(bad(QStringLiteral("fare: unknown action '%1'; use list or set").arg(action)));
    const bool listing = action == QLatin1String("list");
    if (listing && arguments.isSet(QStringLiteral("currency")))
        return m_out.error(bad(QStringLiteral("fare list takes no --currency")));
    auto target = fareTarget(arguments, listing);
    if (!target)
        return m_out.error(target.error());
    const int cabinAt = target->flight ? 2 : 1;
    std::optional<Cabin> cabin;
    if (!listing) {
        cabin = InputParser::cabin(arguments.positional(cabinAt));
        if (!cabin)
            return m_out.error(bad(QStringLiteral("CABIN must be F, J, W, Y or first, business, premium, economy, not '%1'")
                                       .arg(arguments.positional(cabinAt))));
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    FareSettings settings((*context)->db(), (*context)->actor());
    if (!listing) {
        auto changed = settings.set(*target, *cabin, arguments.positional(cabinAt + 1), arguments.value(QStringLiteral("currency")));
        if (!changed)
            return m_out.error(changed.error());
        QJsonArray flights;
        for (const PricedFlight &flight : std::as_const(changed->flights))
            flights.append(flight.key);
        const QJsonObject json{{QStringLiteral("cabin"), QString(cabinCode(changed->cabin))},
                               {QStringLiteral("fare"), moneyJson(changed->fare)},
                               {QStringLiteral("flights"), flights},
                               {QStringLiteral("repriced_seats"), changed->repriced.seats},
                               {QStringLiteral("kept_seats"), changed->repriced.kept}};
        const QString where = changed->flights.size() == 1 ? changed->flights.first().key
                                                           : QStringLiteral("%1 flights").arg(changed->flights.size());
        return m_out.result(json, QStringLiteral("%1 fare on %2 now %3: %4 free seat(s) re-priced, %5 held or sold "
                                                 "keep their price")
                                      .arg(cabinName(changed->cabin), where, changed->fare.toString())
                                      .arg(changed->repriced.seats)
                                      .arg(changed->repriced.kept));
    }
    auto listed = settings.list(*target);
    if (!listed)
        return m_out.error(listed.error());
    QJsonArray flights;
    TextTable table({QStringLiteral("FLIGHT"), QStringLiteral("CABIN"), QStringLiteral("FARE")});
    for (const FlightFares &entry : std::as_const(*listed)) {
        QJsonArray cabins;
        for (const CabinFares &fares : entry.cabins) {
            QJsonArray stored;
            for (const StoredFare &fare : fares.stored)
                stored.append(QJsonObject{{QStringLiteral("extra_legroom"), fare.extraLegroom},
                                          {QStringLiteral("fare"), moneyJson(fare.price)}});
            cabins.append(QJsonObject{{QStringLiteral("cabin"), QString(cabinCode(fares.cabin))},
                                      {QStringLiteral("fares"), stored},
                                      {QStringLiteral("seats"), fares.seats}});
            table.addRow({entry.flight.key + (entry.flight.cancelled ? QStringLiteral(" (cancelled)") : QString()),
                          QStringLiteral("%1 %2").arg(cabinCode(fares.cabin)).arg(cabinName(fares.cabin)),
                          cabinFaresText(fares)});
        }
        flights.append(QJsonObject{{QStringLiteral("flight"), entry.flight.key},
                                   {QStringLiteral("currency"), entry.flight.currency},
                                   {QStringLiteral("cabins"), cabins}});
    }
    return m_out.result(QJsonObject{{QStringLiteral("flights"), flights}}, table.toString().trimmed());
}

int PricingCommands::surcharge(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    const QHash<QString, int> counts{{QStringLiteral("list"), -1}, {QStringLiteral("set"), 3}, {QStringLiteral("remove"), 2}};
    if (!counts.contains(action))
        return m_out.error(bad(QStringLiteral("surcharge: unknown action '%1'; use list, set or remove").arg(action)));
    if (action == QLatin1String("list")) {
        if (!arguments.positional(2).isEmpty())
            return m_out.error(bad(QStringLiteral("surcharge list takes at most AIRLINE[/ROUTE]")));
    } else if (auto counted = exactly(QStringLiteral("surcharge"), arguments, counts.value(action),
                                      action == QLatin1String("set")
                                          ? QStringLiteral("surcharge set AIRLINE[/ROUTE] CHARACTERISTIC AMOUNT")
                                          : QStringLiteral("surcharge remove AIRLINE[/ROUTE] CHARACTERISTIC"));
               !counted) {
        return m_out.error(counted.error());
    }
    if (action != QLatin1String("set") && arguments.isSet(QStringLiteral("currency")))
        return m_out.error(bad(QStringLiteral("surcharge %1 takes no --currency").arg(action)));

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    SurchargeSettings settings((*context)->db(), (*context)->actor());
    QString headline;
    QJsonObject json;
    if (action != QLatin1String("list")) {
        auto changed = action == QLatin1String("set")
                           ? settings.set(arguments.positional(1), arguments.positional(2), arguments.positional(3),
                                          arguments.value(QStringLiteral("currency")))
                           : settings.remove(arguments.positional(1), arguments.positional(2));
        if (!changed)
            return m_out.error(changed.error());
        const SeatSurcharge &row = changed->surcharge;
        const QString scope = row.route.isEmpty() ? row.carrier : row.carrier + QLatin1Char('/') + row.route;
        json = QJsonObject{{QStringLiteral("carrier"), row.carrier},
                           {QStringLiteral("route"), row.route.isEmpty() ? QJsonValue() : QJsonValue(row.route)},
                           {QStringLiteral("characteristic"), characteristicName(row.characteristic)},
                           {QStringLiteral("flights"), changed->flights},
                           {QStringLiteral("seats_with_characteristic"), changed->seatsWith},
                           {QStringLiteral("repriced_seats"), changed->repriced.seats},
                           {QStringLiteral("kept_seats"), changed->repriced.kept},
                           {QStringLiteral("warning"), changed->warning.isEmpty() ? QJsonValue() : QJsonValue(changed->warning)}};
        if (action == QLatin1String("set")) {
            json.insert(QStringLiteral("amount"), moneyJson(row.amount));
            headline = QStringLiteral("%1 surcharge for %2 now %3: %4 free seat(s) re-priced on %5 flight(s), %6 held or "
                                      "sold keep their price")
                           .arg(characteristicName(row.characteristic), scope, row.amount.toString())
                           .arg(changed->repriced.seats)
                           .arg(changed->flights)
                           .arg(changed->repriced.kept);
        } else {
            json.insert(QStringLiteral("removed"), changed->removed);
            headline = changed->removed ? QStringLiteral("%1 surcharge for %2 removed: %3 free seat(s) re-priced")
                                              .arg(characteristicName(row.characteristic), scope)
                                              .arg(changed->repriced.seats)
                                        : QStringLiteral("%1 has no %2 surcharge; nothing changed")
                                              .arg(scope, characteristicName(row.characteristic));
        }
        if (!changed->warning.isEmpty())
            headline = changed->warning + QLatin1Char('\n') + headline;
    }
    auto rows = settings.list(action == QLatin1String("list") ? arguments.positional(1) : QString());
    if (!rows)
        return m_out.error(rows.error());
    QJsonArray list;
    TextTable table({QStringLiteral("AIRLINE"), QStringLiteral("ROUTE"), QStringLiteral("CHARACTERISTIC"),
                     QStringLiteral("SURCHARGE")});
    for (const SeatSurcharge &row : std::as_const(*rows)) {
        list.append(surchargeJson(row));
        table.addRow({row.carrier, row.route.isEmpty() ? QStringLiteral("all") : row.route,
                      characteristicName(row.characteristic), row.amount.toString()});
    }
    json.insert(QStringLiteral("surcharges"), list);
    const QString text = rows->isEmpty() ? QStringLiteral("no seat surcharges") : table.toString().trimmed();
    return m_out.result(json, headline.isEmpty() ? text : headline + QLatin1Char('\n') + text);
}

} // namespace kiosk::ctl
