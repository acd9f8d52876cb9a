#pragma once

#include "ContactDetails.h"
#include "Flight.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace kiosk {

// Where a waitlist entry is: waiting its turn, offered seats (an ordinary hold with its own
// deadline), accepted (the offer was paid), lapsed (the offer ran out or was cancelled; the
// seats went to the next entry) or left (the traveller gave up their place).
enum class WaitlistState { Waiting, Offered, Accepted, Lapsed, Left };

QString waitlistStateName(WaitlistState state); // "waiting", "offered", ...
std::optional<WaitlistState> waitlistStateFromName(const QString &name);

// One party waiting for seats of one cabin of one flight, first come first served.
struct WaitlistEntry {
    qint64 id = 0;
    qint64 flightId = 0;
    QString flightKey;          // "KX101/2026-12-01"
    QChar cabin;                // 'F', 'J', 'W', 'Y'
    QStringList passengers;     // one name per seat wanted
    ContactDetails contact;     // an e-mail address is required: the offer is sent there
    WaitlistState state = WaitlistState::Waiting;
    int position = 0;           // 1 = next in line for its cabin; 0 unless waiting
    QString offerReference;     // the offer's booking, once offered
    QDateTime offerDeadlineUtc; // until when the offer holds the seats
    QString terminal;           // where the traveller joined
    QDateTime createdUtc;

    int seats() const { return int(passengers.size()); }
};

// What a traveller asks for when a cabin is full.
struct WaitlistRequest {
    FlightRef flight;
    QChar cabin;
    QStringList passengers; // one per seat, 1 to HoldRequest::MaxSeats
    ContactDetails contact; // e-mail required, phone optional
};

// An offer just made: the entry and the seats now held for it.
struct WaitlistOffer {
    qint64 entryId = 0;
    QString reference;
    QStringList seats;
    QDateTime deadlineUtc;
};

} // namespace kiosk
