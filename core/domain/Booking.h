#pragma once

#include "BookingState.h"
#include "Cabin.h"
#include "Money.h"
#include "SeatCode.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kiosk {

// One traveller on a booking, with the seat they sit in.
struct Passenger {
    QString name;
    SeatCode seat;
    Money price;
    bool active = true; // false once the seat was released (expired, cancelled)
    Cabin cabin = Cabin::Economy; // the fare class paid for: the refund policy depends on it
    qint64 lineId = 0;
};

struct Booking {
    qint64 id = 0;
    QString reference;
    qint64 flightId = 0;
    QString flightKey;           // "KX101/2026-12-01"
    BookingState state = BookingState::Initiated;
    QDateTime holdDeadlineUtc;   // from the database server's clock
    QDateTime createdUtc;
    Money total;
    QList<Passenger> passengers;
    QString idempotencyKey;
    QString terminal;            // where it was made
    QString createdBy;           // who made it (Actor::name)
    Money captured;              // money taken; zero until a capture
    Money refunded;

    QList<SeatCode> seats() const;
    // Made by this identity on this terminal: a kiosk may cancel only its own unpaid holds.
    bool madeBy(const QString &terminalName, const QString &actorName) const
    {
        return terminal == terminalName && createdBy == actorName;
    }
};

} // namespace kiosk
