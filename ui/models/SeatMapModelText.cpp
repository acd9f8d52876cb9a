#include "SeatMapModel.h"

#include "widgets/LocalMoney.h"

// What the seat map says in words: a seat's accessible text (also its seat card and tooltip),
// its price with the parts, and the galleys and lavatories of a row.

namespace kiosk::ui {

namespace {

QString statusText(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Free: return SeatMapModel::tr("free");
    case SeatStatus::Held: return SeatMapModel::tr("held by another traveller");
    case SeatStatus::Sold: return SeatMapModel::tr("taken");
    case SeatStatus::Blocked: return SeatMapModel::tr("not available");
    }
    return QString();
}

} // namespace

QStringList SeatMapModel::featureWords(const Seat &seat)
{
    QStringList words;
    if (seat.features.testFlag(SeatFeature::Window))
        words << tr("window");
    if (seat.features.testFlag(SeatFeature::Aisle))
        words << tr("aisle");
    if (seat.features.testFlag(SeatFeature::Middle))
        words << tr("middle");
    if (seat.features.testFlag(SeatFeature::ExitRow))
        words << tr("exit row");
    if (seat.features.testFlag(SeatFeature::ExtraLegroom))
        words << tr("extra legroom");
    return words;
}

QString SeatMapModel::accessibleText(const Seat &seat) const
{
    QStringList parts{tr("Seat %1").arg(seat.code.toString())};
    parts << featureWords(seat) << cabinName(seat.cabin) << priceText(seat);
    const int traveller = travellerOf(seat.code);
    parts << (traveller > 0 ? tr("chosen for passenger %1").arg(traveller) : statusText(seat.status));
    // Only the desk sees a desk-only seat free: the agent hears why it is kept.
    if (seat.deskOnly && seat.status == SeatStatus::Free)
        parts << (seat.blockReason.isEmpty() ? tr("kept for the desk") : tr("kept for the desk: %1").arg(seat.blockReason));
    return parts.join(QStringLiteral(", "));
}

QString SeatMapModel::priceText(const Seat &seat)
{
    if (seat.surcharge.minorUnits() <= 0)
        return localMoney(seat.price);
    const Money fare(seat.price.minorUnits() - seat.surcharge.minorUnits(), seat.price.currency());
    return tr("%1 (fare %2 + seat %3)").arg(localMoney(seat.price), localMoney(fare), localMoney(seat.surcharge));
}

QString SeatMapModel::deckName(int deck)
{
    return deck == 0 ? tr("Main deck") : tr("Upper deck");
}

QString SeatMapModel::facilityName(FacilityKind kind)
{
    switch (kind) {
    case FacilityKind::Galley: return tr("Galley");
    case FacilityKind::Lavatory: return tr("Lavatory");
    case FacilityKind::Closet: return tr("Closet");
    }
    return QString();
}

QString SeatMapModel::facilitiesText(const QList<LayoutFacility> &facilities)
{
    QStringList parts;
    for (const LayoutFacility &facility : facilities) {
        const QString side = facility.position == CabinPosition::Left    ? tr("left")
                             : facility.position == CabinPosition::Right ? tr("right")
                                                                         : tr("centre");
        parts << tr("%1 (%2)").arg(facilityName(facility.kind), side);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace kiosk::ui
