#pragma once

#include "Cabin.h"
#include "Money.h"
#include "Role.h"
#include "SeatCode.h"

#include <QFlags>
#include <QStringList>

namespace kiosk {

enum class SeatFeature {
    Window = 0x01,
    Aisle = 0x02,
    Middle = 0x04,
    ExitRow = 0x08,
    ExtraLegroom = 0x10,
    Blocked = 0x20, // never sold (crew rest, broken recline, weight and balance)
};
Q_DECLARE_FLAGS(SeatFeatures, SeatFeature)
Q_DECLARE_OPERATORS_FOR_FLAGS(SeatFeatures)

// Names of the features, e.g. {"window", "exit_row"}, in a fixed order.
QStringList seatFeatureNames(SeatFeatures features);

// Who has the seat right now, as seen by the database at read time.
enum class SeatStatus { Free, Held, Sold, Blocked };
QString seatStatusName(SeatStatus status); // "free", "held", "sold", "blocked"

struct Seat {
    qint64 id = 0;
    qint64 flightId = 0;
    SeatCode code;
    Cabin cabin = Cabin::Economy;
    SeatFeatures features;
    Money price;     // what the seat sells for now: its fare plus `surcharge` (SeatPricing)
    Money surcharge; // the part of the price its characteristics add; 0 when none
    SeatStatus status = SeatStatus::Free;
    int deck = 0; // 0 main deck, 1 upper deck (A380, B747)
    QString holder; // reference of the booking holding or owning the seat; empty otherwise
    // Blocked by staff for every channel but the desk: agents signed in at the desk may sell
    // it, the self-service kiosk never (SeatBlocker). Seen from the kiosk its status is Blocked.
    bool deskOnly = false;
    QString blockReason; // why it is blocked (or kept for the desk); empty for a layout's own block
};

// Where a seat is sold: the self-service kiosk, or the desk by a signed-in agent (or above).
enum class SalesChannel { Kiosk, Desk };
SalesChannel salesChannelOf(Role role);
// The seat map as `channel` sees it: for the desk, its own free seats are free.
void showSeatsTo(QList<Seat> &seats, SalesChannel channel);

} // namespace kiosk
