#include "Seat.h"

namespace kiosk {

QStringList seatFeatureNames(SeatFeatures features)
{
    QStringList names;
    if (features.testFlag(SeatFeature::Window))
        names << QStringLiteral("window");
    if (features.testFlag(SeatFeature::Aisle))
        names << QStringLiteral("aisle");
    if (features.testFlag(SeatFeature::Middle))
        names << QStringLiteral("middle");
    if (features.testFlag(SeatFeature::ExitRow))
        names << QStringLiteral("exit_row");
    if (features.testFlag(SeatFeature::ExtraLegroom))
        names << QStringLiteral("extra_legroom");
    if (features.testFlag(SeatFeature::Blocked))
        names << QStringLiteral("blocked");
    return names;
}

QString seatStatusName(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Free: return QStringLiteral("free");
    case SeatStatus::Held: return QStringLiteral("held");
    case SeatStatus::Sold: return QStringLiteral("sold");
    case SeatStatus::Blocked: return QStringLiteral("blocked");
    }
    return QString();
}

SalesChannel salesChannelOf(Role role)
{
    return role >= Role::Agent ? SalesChannel::Desk : SalesChannel::Kiosk;
}

void showSeatsTo(QList<Seat> &seats, SalesChannel channel)
{
    if (channel != SalesChannel::Desk)
        return;
    for (Seat &seat : seats) {
        if (seat.deskOnly && seat.status == SeatStatus::Blocked)
            seat.status = SeatStatus::Free;
    }
}

} // namespace kiosk
