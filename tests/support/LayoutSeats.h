#pragma once

#include "demo/AircraftLayout.h"
#include "domain/Seat.h"

#include <QList>

namespace kiosk::test {

// The seats a flight of this layout gets, as storage hands them to a screen: every seat
// free at one price (its layout's blocked seats blocked).
inline QList<Seat> seatsOf(const AircraftLayout &layout, const Money &price = Money(10000, QStringLiteral("EUR")))
{
    QList<Seat> seats;
    for (const SeatTemplate &t : layout.seats()) {
        Seat seat;
        seat.code = t.code;
        seat.cabin = t.cabin;
        seat.features = t.features;
        seat.deck = t.deck;
        seat.price = price;
        seat.status = t.features.testFlag(SeatFeature::Blocked) ? SeatStatus::Blocked : SeatStatus::Free;
        seats << seat;
    }
    return seats;
}

// The frontmost widest group between aisles on a deck whose seats all exist, left to right:
// where the orphan-seat rule has the most room to go wrong.
inline QList<SeatCode> widestGroup(const AircraftLayout &layout, int deck)
{
    QList<SeatCode> widest;
    for (const CabinLayout &cabin : layout.decks().at(deck).cabins) {
        for (int row : cabin.rows()) {
            for (const QString &group : cabin.letterGroups()) {
                QList<SeatCode> codes;
                for (QChar letter : group) {
                    if (cabin.hasSeat(SeatCode(row, letter)))
                        codes << SeatCode(row, letter);
                }
                if (codes.size() == group.size() && codes.size() > widest.size())
                    widest = codes;
            }
        }
    }
    return widest;
}

} // namespace kiosk::test
