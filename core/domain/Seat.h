#pragma once

#include "Cabin.h"
#include "Money.h"
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
    Money price;
    SeatStatus status = SeatStatus::Free;
    int deck = 0; // 0 main deck, 1 upper deck (A380, B747)
    QString holder; // reference of the booking holding or owning the seat; empty otherwise
};

} // namespace kiosk
