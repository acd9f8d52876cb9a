#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kiosk {

// What a schedule change did to one booking, for an agent to act on.
struct Disruption {
    enum class Kind { Cancelled, Retimed, SeatMoved, NoSeat };

    qint64 id = 0;
    qint64 bookingId = 0;
    QString reference;     // the booking's, when read back
    QString bookingState;  // the booking's state now, when read back
    qint64 flightId = 0;
    QString flightKey;     // "XX102/2026-06-01", when read back
    Kind kind = Kind::Cancelled;
    QString detail;        // what changed, in words: "departure 08:00Z -> 09:30Z (+90 min)"
    QString passengerName; // for seat moves and missing seats
    QString oldSeat;
    QString newSeat;
    QString source;        // the import that caused it: "ssim:XX"
    // A retime's flight before it (the flight row has it after): for the traveller's e-mail.
    QDateTime oldDepartureUtc;
    QDateTime oldArrivalUtc;
    QString oldDestination;
    QDateTime createdUtc;
    QDateTime handledUtc;  // invalid while open
    QString handledBy;
    QString handledNote;

    bool isOpen() const { return !handledUtc.isValid(); }
};

// "CANCELLED", "RETIMED", "SEAT_MOVED", "NO_SEAT" (as stored and in the CLI's JSON)
QString disruptionKindName(Disruption::Kind kind);
std::optional<Disruption::Kind> disruptionKindFromName(const QString &name);

} // namespace kiosk
