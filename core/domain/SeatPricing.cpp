#include "SeatPricing.h"

#include "CurrencyCodes.h"

#include <algorithm>

namespace kiosk {

namespace {

const QList<SeatCharacteristic> AllCharacteristics{SeatCharacteristic::ExtraLegroom, SeatCharacteristic::ExitRow,
                                                   SeatCharacteristic::FrontRows, SeatCharacteristic::Window,
                                                   SeatCharacteristic::Aisle};

} // namespace

QString characteristicName(SeatCharacteristic characteristic)
{
    switch (characteristic) {
    case SeatCharacteristic::ExtraLegroom: return QStringLiteral("extra_legroom");
    case SeatCharacteristic::ExitRow: return QStringLiteral("exit_row");
    case SeatCharacteristic::FrontRows: return QStringLiteral("front_rows");
    case SeatCharacteristic::Window: return QStringLiteral("window");
    case SeatCharacteristic::Aisle: return QStringLiteral("aisle");
    }
    return QString();
}

std::optional<SeatCharacteristic> characteristicFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (SeatCharacteristic characteristic : AllCharacteristics) {
        if (characteristicName(characteristic) == wanted)
            return characteristic;
    }
    return std::nullopt;
}

QStringList characteristicNames()
{
    QStringList names;
    for (SeatCharacteristic characteristic : AllCharacteristics)
        names << characteristicName(characteristic);
    return names;
}

QString characteristicTitle(SeatCharacteristic characteristic)
{
    switch (characteristic) {
    case SeatCharacteristic::ExtraLegroom: return SeatPricing::tr("extra legroom");
    case SeatCharacteristic::ExitRow: return SeatPricing::tr("exit row");
    case SeatCharacteristic::FrontRows: return SeatPricing::tr("front rows");
    case SeatCharacteristic::Window: return SeatPricing::tr("window");
    case SeatCharacteristic::Aisle: return SeatPricing::tr("aisle");
    }
    return QString();
}

Money PriceBreakdown::surcharge() const
{
    qint64 sum = 0;
    for (const SeatSurcharge &charged : surcharges)
        sum += charged.amount.minorUnits();
    return Money(sum, fare.currency());
}

Money PriceBreakdown::total() const
{
    return fare + surcharge();
}

SeatPricing::SeatPricing(const QString &carrier, const QString &route, const QList<SeatSurcharge> &surcharges,
                         const QList<Seat> &seats)
{
    for (SeatCharacteristic characteristic : AllCharacteristics) {
        const SeatSurcharge *chosen = nullptr;
        for (const SeatSurcharge &row : surcharges) {
            if (row.carrier != carrier || row.characteristic != characteristic)
                continue;
            if (row.route == route)
                chosen = &row; // the route's wins
            else if (row.route.isEmpty() && !chosen)
                chosen = &row;
        }
        if (chosen)
            m_applicable << *chosen;
    }
    QList<int> economyRows;
    for (const Seat &seat : seats) {
        if (seat.cabin == Cabin::Economy && !economyRows.contains(seat.code.row()))
            economyRows << seat.code.row();
    }
    std::sort(economyRows.begin(), economyRows.end());
    m_frontRows = economyRows.mid(0, FrontRowsOfEconomy);
}

QList<SeatCharacteristic> SeatPricing::characteristicsOf(const Seat &seat) const
{
    QList<SeatCharacteristic> found;
    for (SeatCharacteristic characteristic : AllCharacteristics) {
        bool has = false;
        switch (characteristic) {
        case SeatCharacteristic::ExtraLegroom: has = seat.features.testFlag(SeatFeature::ExtraLegroom); break;
        case SeatCharacteristic::ExitRow: has = seat.features.testFlag(SeatFeature::ExitRow); break;
        case SeatCharacteristic::FrontRows:
            has = seat.cabin == Cabin::Economy && m_frontRows.contains(seat.code.row());
            break;
        case SeatCharacteristic::Window: has = seat.features.testFlag(SeatFeature::Window); break;
        case SeatCharacteristic::Aisle: has = seat.features.testFlag(SeatFeature::Aisle); break;
        }
        if (has)
            found << characteristic;
    }
    return found;
}

PriceBreakdown SeatPricing::price(const Seat &seat, const Money &fare) const
{
    PriceBreakdown breakdown{fare, {}};
    const QList<SeatCharacteristic> has = characteristicsOf(seat);
    for (const SeatSurcharge &surcharge : m_applicable) {
        if (has.contains(surcharge.characteristic) && surcharge.amount.currency() == fare.currency())
            breakdown.surcharges << surcharge;
    }
    return breakdown;
}

Result<Money> SeatPricing::parseAmount(const QString &text, const QString &currency, const QString &what)
{
    if (!isIsoCurrency(currency))
        return makeError(ErrorCode::BadInput, unknownCurrencyMessage(currency));
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('-')) && Money::parse(trimmed.mid(1), currency))
        return makeError(ErrorCode::BadInput, tr("%1 cannot be negative: %2").arg(what, trimmed));
    const auto amount = Money::parse(trimmed, currency);
    const int decimals = Money::exponentOf(currency);
    if (!amount)
        return makeError(ErrorCode::BadInput,
                         decimals == 0 ? tr("%1 must be an amount in %2 without decimals, such as 120, not '%3'")
                                             .arg(what, currency, text)
                                       : tr("%1 must be an amount in %2 with at most %3 decimals, such as 120 or "
                                            "120.50, not '%4'")
                                             .arg(what, currency)
                                             .arg(decimals)
                                             .arg(text));
    qint64 limit = MaxMajorUnits;
    for (int i = 0; i < decimals; ++i)
        limit *= 10;
    if (amount->minorUnits() > limit)
        return makeError(ErrorCode::BadInput, tr("%1 of %2 is above the largest one accepted, %3")
                                                  .arg(what, amount->toString(), Money(limit, currency).toString()));
    return *amount;
}

} // namespace kiosk
