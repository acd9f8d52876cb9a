#include "Disruption.h"

namespace kiosk {

QString disruptionKindName(Disruption::Kind kind)
{
    switch (kind) {
    case Disruption::Kind::Cancelled: return QStringLiteral("CANCELLED");
    case Disruption::Kind::Retimed: return QStringLiteral("RETIMED");
    case Disruption::Kind::SeatMoved: return QStringLiteral("SEAT_MOVED");
    case Disruption::Kind::NoSeat: return QStringLiteral("NO_SEAT");
    }
    return QStringLiteral("CANCELLED");
}

std::optional<Disruption::Kind> disruptionKindFromName(const QString &name)
{
    for (auto kind : {Disruption::Kind::Cancelled, Disruption::Kind::Retimed, Disruption::Kind::SeatMoved,
                      Disruption::Kind::NoSeat}) {
        if (disruptionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace kiosk
