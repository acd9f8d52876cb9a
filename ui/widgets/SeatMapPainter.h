#pragma once

#include "SeatMapColours.h"
#include "demo/DeckLayout.h"
#include "domain/Cabin.h"
#include "domain/Seat.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace kiosk::ui {

// How the seat map draws an aircraft: seats (every state differs by shape or symbol as well
// as colour), the fuselage with its nose, the wing band, exits on the walls, and galleys,
// lavatories and closets as labelled blocks. Shared by the seat map's delegate and view and
// by the legend, so the key always looks like the map.
class SeatMapPainter {
public:
    static constexpr int WallInset = 14;  // the wall's distance from the outer edge of a row-number column
    static constexpr int ExitMarker = 22; // an exit's marker: at least 18 px, readable on a touch screen
    static constexpr int PriceHeight = 18; // the line under a seat that carries its price

    // The small print of the map, from the view's font: the price under a seat, and the
    // Window/Aisle words under the column letters. Tests measure with them too.
    static QFont priceFont(QFont base);
    static QFont smallFont(QFont base);
    // A facility's words as drawn: its symbol and its name.
    static QString facilityLabel(FacilityKind kind, const QString &name);

    // A seat's colour by its state, as the map fills it (the mini-map's dots).
    static QColor seatColour(SeatStatus status, bool selected, const SeatMapColours &colours);

    // A seat in `rect` (its price line excluded). Business and first seats are shells with
    // armrests, premium economy has a wider back, economy a plain rounded seat. A free seat
    // shows `label` (its letter), a chosen one `label` (its traveller's number) or a tick.
    static void paintSeat(QPainter *painter, const QRectF &rect, SeatStatus status, bool selected,
                          const QString &label, bool extraLegroom, Cabin cabin, const SeatMapColours &colours);

    // What a seat's cell on the map shows: the seat, its price under it, and the floor under
    // both (the wing band's tint over the wing).
    struct SeatCell {
        SeatStatus status = SeatStatus::Free;
        bool selected = false;
        int traveller = 0; // a chosen seat shows whose it is: 1 for the first traveller
        QString label;  // the seat's letter
        bool extraLegroom = false;
        Cabin cabin = Cabin::Economy;
        QString price;  // drawn under a free seat only
        bool overWing = false;
        const SeatMapColours *colours = &SeatMapColours::standard();
    };
    // The whole cell, opaque, drawn once per look and size and then copied: a map repeats a
    // few dozen looks hundreds of times, and an opaque copy is the cheapest thing to draw.
    static void paintSeatCell(QPainter *painter, const QRect &cell, const SeatCell &seat);
    // `area` of the view: the fuselage from `top` down to `bottom`, between the walls at `left`
    // and `right`, its first `noseHeight` the nose cone; the rest in the `outside` colour.
    static void paintFuselage(QPainter *painter, const QRectF &area, const QColor &outside, qreal left, qreal right,
                              qreal top, qreal bottom, qreal noseHeight, const SeatMapColours &colours);
    // The wing under a row: the strips outside the walls, and a light band across the cabin.
    static void paintWingBand(QPainter *painter, const QRectF &rowRect, qreal leftWall, qreal rightWall,
                              const SeatMapColours &colours);
    // An exit marker centred on the wall at `centre`, its arrow pointing out of the aircraft.
    static void paintExit(QPainter *painter, const QPointF &centre, bool leftSide, const SeatMapColours &colours);
    // Short text that repeats over the map (seat letters, prices, row numbers) in `rect`,
    // laid out once per font and string: a full repaint draws it hundreds of times.
    static void drawShortText(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const QString &text);
    // A galley, lavatory or closet block with its name.
    static void paintFacility(QPainter *painter, const QRectF &rect, FacilityKind kind, const QString &name,
                              const SeatMapColours &colours);

private:
    static void paintPrice(QPainter *painter, const QRectF &rect, const QString &price, SeatStatus status,
                           const SeatMapColours &colours);
    static void paintWingTint(QPainter *painter, const QRectF &rect, const SeatMapColours &colours);
};

} // namespace kiosk::ui
