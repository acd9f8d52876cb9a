#include "SeatMapPainter.h"

#include <QPainter>
#include <QHash>
#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>

namespace kiosk::ui {

namespace {

// What a seat cell's sprite depends on: only what changes its pixels.
struct CellLook {
    int status;
    bool selected;
    bool legroom;
    int cabin;
    bool overWing;
    bool highContrast;
    QSize size;
    int ratioPercent;
    QFont font;
    QString label;
    QString price;

    bool operator==(const CellLook &other) const = default;
};

size_t qHash(const CellLook &look, size_t seed = 0)
{
    return qHashMulti(seed, look.status, look.selected, look.legroom, look.cabin, look.overWing, look.highContrast, look.size.width(),
                      look.size.height(), look.ratioPercent, look.font, look.label, look.price);
}

// Paints what `draw` paints into a box of `size` at `topLeft` through a transparent sprite kept
// per `key`: exits and galleys repeat along the cabin, and an antialiased shape costs far more
// than a copy of its pixels.
template <typename Draw>
void paintThroughSprite(QPainter *painter, const QPointF &topLeft, const QSizeF &size, const QString &key, Draw draw)
{
    static QHash<QString, QPixmap> sprites; // one hash per kind of drawing
    if (sprites.size() > 256)
        sprites.clear();
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString sized = QStringLiteral("%1 %2x%3@%4").arg(key).arg(size.width()).arg(size.height()).arg(ratio);
    auto found = sprites.find(sized);
    if (found == sprites.end()) {
        QPixmap sprite((size * ratio).toSize());
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter onSprite(&sprite);
        onSprite.setFont(painter->font());
        draw(&onSprite, QRectF(QPointF(0, 0), size));
        found = sprites.insert(sized, sprite);
    }
    painter->drawPixmap(topLeft, *found);
}

QPainterPath seatShape(const QRectF &seat, Cabin cabin)
{
    QPainterPath shape;
    if (cabin == Cabin::First || cabin == Cabin::Business) {
        // A shell: a round back, straight sides down to a square foot.
        const qreal r = seat.width() / 3;
        shape.moveTo(seat.bottomLeft());
        shape.lineTo(seat.left(), seat.top() + r);
        shape.arcTo(QRectF(seat.left(), seat.top(), 2 * r, 2 * r), 180, -90);
        shape.lineTo(seat.right() - r, seat.top());
        shape.arcTo(QRectF(seat.right() - 2 * r, seat.top(), 2 * r, 2 * r), 90, -90);
        shape.lineTo(seat.bottomRight());
        shape.closeSubpath();
        return shape;
    }
    if (cabin == Cabin::PremiumEconomy) {
        shape.addRoundedRect(seat, 10, 10);
        return shape;
    }
    shape.addRoundedRect(seat, 6, 6);
    return shape;
}
} // namespace

void SeatMapPainter::drawShortText(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const QString &text)
{
    // Keyed by the font itself (QFont::key() would spell the font out as text on every call).
    static QHash<std::pair<QFont, QString>, QStaticText> laidOut; // bounded by the map's distinct strings
    if (laidOut.size() > 4096)
        laidOut.clear();
    const std::pair<QFont, QString> key(painter->font(), text);
    auto found = laidOut.find(key);
    if (found == laidOut.end()) {
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), painter->font());
        found = laidOut.insert(key, prepared);
    }
    const QSizeF size = found->size();
    const qreal x = alignment & Qt::AlignLeft ? rect.left()
                    : alignment & Qt::AlignRight ? rect.right() - size.width()
                                                 : rect.center().x() - size.width() / 2;
    const qreal y = alignment & Qt::AlignTop ? rect.top()
                    : alignment & Qt::AlignBottom ? rect.bottom() - size.height()
                                                  : rect.center().y() - size.height() / 2;
    painter->drawStaticText(QPointF(x, y), *found);
}

QFont SeatMapPainter::priceFont(QFont base)
{
    base.setPointSizeF(9);
    base.setBold(false);
    return base;
}

QFont SeatMapPainter::smallFont(QFont base)
{
    base.setPointSizeF(qMax(8.0, base.pointSizeF() * 0.75));
    base.setBold(false);
    return base;
}

QString SeatMapPainter::facilityLabel(FacilityKind kind, const QString &name)
{
    // A symbol too, so the block reads without its word: a cup, WC, a hanger's hook.
    const QString symbol = kind == FacilityKind::Galley     ? QStringLiteral("☕")
                           : kind == FacilityKind::Lavatory ? QStringLiteral("WC")
                                                            : QStringLiteral("⌂");
    return symbol + QLatin1Char(' ') + name;
}

void SeatMapPainter::paintSeatCell(QPainter *painter, const QRect &cell, const SeatCell &seat)
{
    static QHash<CellLook, QPixmap> drawn;
    if (drawn.size() > 1024)
        drawn.clear();
    const bool choosable = seat.status == SeatStatus::Free && !seat.selected; // only then its letter and legroom bar show
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString shown = choosable                                  ? seat.label
                          : seat.selected && seat.traveller > 0 ? QString::number(seat.traveller)
                                                                 : QString();
    const SeatMapColours &colours = *seat.colours;
    const CellLook key{int(seat.status), seat.selected, choosable && seat.extraLegroom, int(seat.cabin), seat.overWing,
                       colours.highContrast, cell.size(), int(ratio * 100), painter->font(), shown,
                       seat.status == SeatStatus::Free ? seat.price : QString()};
    auto found = drawn.find(key);
    if (found == drawn.end()) {
        QPixmap sprite((QSizeF(cell.size()) * ratio).toSize());
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(colours.floor);
        QPainter onSprite(&sprite);
        onSprite.setFont(painter->font());
        const QRectF area(QPointF(0, 0), QSizeF(cell.size()));
        if (seat.overWing)
            paintWingTint(&onSprite, area, colours);
        const QRectF seatArea(0, 0, area.width(), area.height() - PriceHeight);
        paintSeat(&onSprite, seatArea, seat.status, seat.selected, shown, seat.extraLegroom, seat.cabin, colours);
        paintPrice(&onSprite, QRectF(0, seatArea.bottom() - 3, area.width(), PriceHeight + 3), seat.price, seat.status,
                   colours);
        found = drawn.insert(key, sprite);
    }
    painter->drawPixmap(cell.topLeft(), *found);
}

QColor SeatMapPainter::seatColour(SeatStatus status, bool selected, const SeatMapColours &colours)
{
    if (selected)
        return colours.chosen;
    switch (status) {
    case SeatStatus::Held: return colours.held;
    case SeatStatus::Sold: return colours.sold;
    case SeatStatus::Blocked: return colours.blocked;
    case SeatStatus::Free: break;
    }
    return colours.free;
}

void SeatMapPainter::paintSeat(QPainter *painter, const QRectF &rect, SeatStatus status, bool selected,
                               const QString &label, bool extraLegroom, Cabin cabin, const SeatMapColours &colours)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF seat = rect.adjusted(4, 4, -4, -4);
    const QPainterPath shape = seatShape(seat, cabin);
    QPen outline(colours.ink, cabin == Cabin::Economy ? 2 : 3);
    const QColor fill = seatColour(status, selected, colours);
    QString symbol = label;
    QColor text = colours.ink;
    if (selected) {
        symbol = label.isEmpty() ? QStringLiteral("✓") : label;
        text = colours.chosenText;
        if (colours.highContrast)
            outline.setColor(colours.chosen);
    } else if (status == SeatStatus::Held) {
        symbol = QStringLiteral("◷");
    } else if (status == SeatStatus::Sold) {
        symbol = QStringLiteral("✕");
        text = Qt::white;
    } else if (status == SeatStatus::Blocked) {
        outline.setStyle(Qt::DashLine);
        symbol = QStringLiteral("—");
    }
    painter->fillPath(shape, fill);
    if (status == SeatStatus::Held && !selected) {
        painter->setClipPath(shape);
        painter->fillRect(seat, QBrush(colours.ink, Qt::BDiagPattern)); // hatching, visible in greyscale
        painter->setClipping(false);
    }
    painter->setPen(outline);
    painter->drawPath(shape);
    if (cabin != Cabin::Economy) { // armrests: a premium seat is told by its shape, not only its colour
        const qreal top = seat.top() + seat.height() * 0.35;
        painter->setBrush(outline.color());
        painter->drawRoundedRect(QRectF(seat.left() - 3, top, 5, seat.bottom() - top), 2, 2);
        painter->drawRoundedRect(QRectF(seat.right() - 2, top, 5, seat.bottom() - top), 2, 2);
    }
    if (extraLegroom && status == SeatStatus::Free && !selected) // a bar at the foot: more legroom
        painter->fillRect(QRectF(seat.left() + 6, seat.bottom() - 5, seat.width() - 12, 3), colours.accent);
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(qMax(8.0, seat.height() / 3.2));
    painter->setFont(font);
    painter->setPen(text);
    drawShortText(painter, seat, Qt::AlignCenter, symbol);
    painter->restore();
}

void SeatMapPainter::paintPrice(QPainter *painter, const QRectF &rect, const QString &price, SeatStatus status,
                                const SeatMapColours &colours)
{
    if (status != SeatStatus::Free || price.isEmpty()) // only a seat that can be chosen has a price to read
        return;
    painter->save();
    painter->setFont(priceFont(painter->font()));
    painter->setPen(colours.ink);
    drawShortText(painter, rect, Qt::AlignHCenter | Qt::AlignTop, price);
    painter->restore();
}

void SeatMapPainter::paintFuselage(QPainter *painter, const QRectF &area, const QColor &outside, qreal left, qreal right,
                                   qreal top, qreal bottom, qreal noseHeight, const SeatMapColours &colours)
{
    // Every pixel of `area` is filled once (outside, floor or nose): a full repaint of a long
    // deck is bound by filling pixels, not by drawing seats.
    painter->save();
    const qreal noseBottom = top + noseHeight;
    painter->fillRect(QRectF(area.left(), area.top(), left - area.left(), area.height()), outside);
    painter->fillRect(QRectF(right, area.top(), area.right() - right + 1, area.height()), outside);
    if (bottom < area.bottom())
        painter->fillRect(QRectF(left, bottom, right - left, area.bottom() - bottom + 1), outside);
    const qreal floorTop = qMax(noseBottom, area.top());
    painter->fillRect(QRectF(left, floorTop, right - left, qMin(bottom, area.bottom() + 1) - floorTop), colours.floor);
    painter->setPen(QPen(colours.ink, 3));
    painter->drawLine(QLineF(left, floorTop, left, bottom));
    painter->drawLine(QLineF(right, floorTop, right, bottom));
    if (noseBottom > area.top()) { // the nose: two curves meeting at the centre line
        painter->fillRect(QRectF(left, area.top(), right - left, noseBottom - area.top()), outside);
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal middle = (left + right) / 2;
        QPainterPath nose;
        nose.moveTo(left, noseBottom);
        nose.cubicTo(left, top + noseHeight * 0.25, middle - (right - left) * 0.2, top, middle, top);
        nose.cubicTo(middle + (right - left) * 0.2, top, right, top + noseHeight * 0.25, right, noseBottom);
        painter->fillPath(nose, colours.floor);
        painter->drawPath(nose);
    }
    painter->restore();
}

void SeatMapPainter::paintWingBand(QPainter *painter, const QRectF &rowRect, qreal leftWall, qreal rightWall,
                                   const SeatMapColours &colours)
{
    painter->save();
    painter->fillRect(QRectF(rowRect.left(), rowRect.top(), leftWall - rowRect.left() - 1, rowRect.height()), colours.wing);
    painter->fillRect(QRectF(rightWall + 2, rowRect.top(), rowRect.right() - rightWall - 1, rowRect.height()), colours.wing);
    paintWingTint(painter, QRectF(leftWall, rowRect.top(), rightWall - leftWall, rowRect.height()), colours);
    painter->restore();
}

void SeatMapPainter::paintWingTint(QPainter *painter, const QRectF &rect, const SeatMapColours &colours)
{
    QColor band = colours.wing;
    band.setAlpha(50);
    painter->fillRect(rect, band);
}

void SeatMapPainter::paintExit(QPainter *painter, const QPointF &centre, bool leftSide, const SeatMapColours &colours)
{
    const QSizeF size(ExitMarker, ExitMarker);
    const QPointF topLeft = centre - QPointF(ExitMarker / 2.0, ExitMarker / 2.0);
    const QString key = QLatin1String(leftSide ? "left" : "right") + QLatin1String(colours.highContrast ? " contrast" : "");
    paintThroughSprite(painter, topLeft, size, key, [leftSide, &colours](QPainter *p, const QRectF &marker) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(colours.exit);
        p->drawRoundedRect(marker, 4, 4);
        // An arrow out through the wall: the way out in an emergency.
        const QPointF c = marker.center();
        const qreal dx = leftSide ? -1 : 1;
        QPainterPath arrow;
        arrow.moveTo(c.x() + dx * 7, c.y());
        arrow.lineTo(c.x() - dx * 2, c.y() - 7);
        arrow.lineTo(c.x() - dx * 2, c.y() + 7);
        arrow.closeSubpath();
        p->fillPath(arrow, colours.exitArrow);
        p->fillRect(QRectF(c.x() - dx * 2 - (leftSide ? 0 : 5), c.y() - 2, 5, 4), colours.exitArrow);
    });
}

void SeatMapPainter::paintFacility(QPainter *painter, const QRectF &rect, FacilityKind kind, const QString &name,
                                   const SeatMapColours &colours)
{
    const QString label = facilityLabel(kind, name);
    const QString key = label + QLatin1Char(' ') + painter->font().key() + (colours.highContrast ? QStringLiteral(" contrast") : QString());
    paintThroughSprite(painter, rect.topLeft(), rect.size(), key, [&label, &colours](QPainter *p, const QRectF &area) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(colours.ink, 1.5));
        p->setBrush(colours.facility);
        p->drawRoundedRect(area.adjusted(2, 3, -2, -3), 4, 4);
        p->setFont(priceFont(p->font()));
        p->drawText(area.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignHCenter, label);
    });
}

} // namespace kiosk::ui
