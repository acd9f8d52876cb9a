#include "SeatMiniMap.h"

#include "SeatMapPainter.h"
#include "SeatMapView.h"
#include "models/SeatMapModel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace kiosk::ui {

namespace {
constexpr int Margin = 4;
constexpr int Gap = 8;

SeatMapModel::CellKind cellKindOf(SeatMapGridRow::Kind kind)
{
    switch (kind) {
    case SeatMapGridRow::Kind::CabinHeader: return SeatMapModel::CellKind::CabinHeader;
    case SeatMapGridRow::Kind::Facilities: return SeatMapModel::CellKind::Facility;
    case SeatMapGridRow::Kind::Seats: break;
    }
    return SeatMapModel::CellKind::Seat;
}

QFont labelFont(QFont font)
{
    font.setPixelSize(12);
    font.setBold(false); // the deck on the map is told by colour: a narrow strip, even in German
    return font;
}
} // namespace

SeatMiniMap::SeatMiniMap(SeatMapModel *model, SeatMapView *view, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(view)
{
    setObjectName(QStringLiteral("seatMiniMap"));
    setAccessibleName(tr("Aircraft overview"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(model, &SeatMapModel::modelReset, this, &SeatMiniMap::rebuild);
    connect(model, &SeatMapModel::dataChanged, this, qOverload<>(&SeatMiniMap::update));
    connect(model, &SeatMapModel::selectionChanged, this, qOverload<>(&SeatMiniMap::update));
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SeatMiniMap::follow);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &SeatMiniMap::follow);
    rebuild();
}

void SeatMiniMap::rebuild()
{
    m_decks.clear();
    for (int index : m_model->decks()) {
        Deck deck;
        deck.index = index;
        deck.grid = m_model->gridOf(index);
        for (qsizetype row = 0; row < deck.grid.rows.size(); ++row) {
            deck.tops << deck.length;
            deck.length += m_view->rowHeightFor(cellKindOf(deck.grid.rows[row].kind), row == 0);
        }
        m_decks << deck;
    }
    updateGeometry();
    follow();
}

bool SeatMiniMap::needed() const
{
    return m_decks.size() > 1 || m_view->verticalScrollBar()->maximum() > 0;
}

void SeatMiniMap::follow()
{
    setVisible(needed());
    const Deck *shown = deckAt(m_model->deck());
    if (shown && !shown->grid.rows.isEmpty()) {
        const int first = qBound(0, m_view->firstVisibleRow(), int(shown->grid.rows.size()) - 1);
        const int last = qBound(first, m_view->lastVisibleRow(), int(shown->grid.rows.size()) - 1);
        const QString where = tr("rows %1 to %2 on the map").arg(shown->grid.rows[first].seatRow).arg(shown->grid.rows[last].seatRow);
        setAccessibleDescription(m_decks.size() > 1 ? tr("%1, %2").arg(SeatMapModel::deckName(shown->index), where)
                                                    : where);
    }
    update();
}

const SeatMiniMap::Deck *SeatMiniMap::deckAt(int deck) const
{
    for (const Deck &candidate : m_decks) {
        if (candidate.index == deck)
            return &candidate;
    }
    return nullptr;
}

int SeatMiniMap::labelHeight() const
{
    return m_decks.size() > 1 ? QFontMetrics(labelFont(font())).height() + 4 : 0;
}

int SeatMiniMap::deckWidth() const
{
    int width = MinDeckWidth;
    if (m_decks.size() > 1) { // the deck's name fits over it
        const QFontMetrics metrics(labelFont(font()));
        for (const Deck &deck : m_decks)
            width = qMax(width, metrics.horizontalAdvance(SeatMapModel::deckName(deck.index)) + 4);
    }
    return width;
}

QSize SeatMiniMap::sizeHint() const
{
    return {minimumSizeHint().width(), 400};
}

QSize SeatMiniMap::minimumSizeHint() const
{
    const int decks = int(qMax<qsizetype>(1, m_decks.size()));
    return {2 * Margin + decks * deckWidth() + (decks - 1) * Gap, 120};
}

double SeatMiniMap::scale() const
{
    int longest = 1;
    for (const Deck &deck : m_decks)
        longest = qMax(longest, deck.length);
    return double(height() - 2 * Margin - labelHeight()) / double(longest);
}

QRect SeatMiniMap::deckRect(int deck) const
{
    for (qsizetype i = 0; i < m_decks.size(); ++i) {
        if (m_decks[i].index == deck)
            return QRect(Margin + int(i) * (deckWidth() + Gap), Margin + labelHeight(), deckWidth(),
                         qMax(1, int(m_decks[i].length * scale())));
    }
    return {};
}

QRect SeatMiniMap::visibleFrame() const
{
    const QRect deck = deckRect(m_model->deck());
    if (deck.isEmpty())
        return {};
    const double top = m_view->verticalScrollBar()->value() * scale();
    const double bottom = top + m_view->viewport()->height() * scale();
    return QRect(QPoint(deck.left(), deck.top() + int(top)), QPoint(deck.right(), qMin(deck.bottom(), deck.top() + int(bottom))));
}

void SeatMiniMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const SeatMapColours &colours = SeatMapColours::forPalette(palette());
    // The hull the dots sit on: the wing's grey, on which white (or black) free seats show.
    const QColor hullFill = colours.wing;
    const double factor = scale();
    for (const Deck &deck : m_decks) {
        const QRectF outline = deckRect(deck.index);
        if (m_decks.size() > 1) {
            painter.setFont(labelFont(font()));
            painter.setPen(deck.index == m_model->deck() ? colours.accent : colours.ink);
            painter.drawText(QRectF(outline.left() - Gap / 2, Margin, outline.width() + Gap, labelHeight()),
                             Qt::AlignCenter, SeatMapModel::deckName(deck.index));
        }
        // The hull: a rounded nose, straight walls, a rounded tail.
        const qreal nose = qMin(outline.width() * 0.7, outline.height() / 3);
        QPainterPath hull;
        hull.moveTo(outline.left(), outline.top() + nose);
        hull.cubicTo(outline.left(), outline.top(), outline.right(), outline.top(), outline.right(), outline.top() + nose);
        hull.lineTo(outline.bottomRight() - QPointF(0, 6));
        hull.quadTo(outline.bottomRight(), outline.bottomRight() - QPointF(outline.width() / 2, 0));
        hull.quadTo(outline.bottomLeft(), outline.bottomLeft() - QPointF(0, 6));
        hull.closeSubpath();
        painter.fillPath(hull, hullFill);
        painter.setPen(QPen(colours.ink, 2));
        painter.drawPath(hull);
        const int columns = int(deck.grid.columns.size());
        if (columns == 0)
            continue;
        const qreal pitch = (outline.width() - 8) / columns;
        painter.setPen(Qt::NoPen);
        for (qsizetype r = 0; r < deck.grid.rows.size(); ++r) {
            const SeatMapGridRow &row = deck.grid.rows[r];
            if (row.kind != SeatMapGridRow::Kind::Seats)
                continue;
            const qreal rowHeight = m_view->rowHeightFor(SeatMapModel::CellKind::Seat, false) * factor;
            const qreal dot = qBound(2.0, qMin(pitch, rowHeight) - 1, 8.0);
            const qreal y = outline.top() + deck.tops[r] * factor + (rowHeight - dot) / 2;
            for (int c = 0; c < columns; ++c) {
                const int index = row.seats.value(c, -1);
                if (index < 0)
                    continue;
                const Seat &seat = m_model->seats().at(index);
                painter.fillRect(QRectF(outline.left() + 4 + c * pitch + (pitch - dot) / 2, y, dot, dot),
                                 SeatMapPainter::seatColour(seat.status, m_model->travellerOf(seat.code) > 0, colours));
            }
        }
    }
    const QRect frame = visibleFrame();
    if (!frame.isEmpty()) {
        QColor fill = colours.accent;
        fill.setAlpha(48);
        painter.fillRect(frame, fill);
        painter.setPen(QPen(colours.accent, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
    }
    // Where the keys act, for keyboard use only: the kiosk's InputMode says which it is.
    const QVariant keyboard = window()->property("keyboardInput");
    if (hasFocus() && (!keyboard.isValid() || keyboard.toBool())) {
        painter.setPen(QPen(QColor(0xf2, 0xb1, 0x34), 3));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void SeatMiniMap::jumpTo(int deck, double mapY)
{
    const Deck *target = deckAt(deck);
    if (!target || target->tops.isEmpty())
        return;
    if (deck != m_model->deck())
        m_model->setDeck(deck);
    const double top = mapY - m_view->viewport()->height() / 2.0; // the tapped place in the middle
    int row = 0;
    while (row + 1 < target->tops.size() && target->tops[row + 1] <= top)
        ++row;
    m_view->scrollToRow(row);
}

void SeatMiniMap::jumpToPoint(const QPoint &point)
{
    for (const Deck &deck : m_decks) {
        const QRect outline = deckRect(deck.index);
        if (point.x() >= outline.left() - Gap / 2 && point.x() <= outline.right() + Gap / 2) {
            jumpTo(deck.index, qMax(0, point.y() - outline.top()) / scale());
            return;
        }
    }
}

void SeatMiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        jumpToPoint(event->position().toPoint());
}

void SeatMiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        jumpToPoint(event->position().toPoint());
}

void SeatMiniMap::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up: bar->triggerAction(QAbstractSlider::SliderSingleStepSub); break;
    case Qt::Key_Down: bar->triggerAction(QAbstractSlider::SliderSingleStepAdd); break;
    case Qt::Key_PageUp: bar->triggerAction(QAbstractSlider::SliderPageStepSub); break;
    case Qt::Key_PageDown: bar->triggerAction(QAbstractSlider::SliderPageStepAdd); break;
    case Qt::Key_Home: bar->triggerAction(QAbstractSlider::SliderToMinimum); break;
    case Qt::Key_End: bar->triggerAction(QAbstractSlider::SliderToMaximum); break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const QList<int> decks = m_model->decks();
        const qsizetype next = decks.indexOf(m_model->deck()) + (event->key() == Qt::Key_Right ? 1 : -1);
        if (next < 0 || next >= decks.size())
            return QWidget::keyPressEvent(event);
        // The same place along the aircraft, on the other deck.
        const Deck *from = deckAt(m_model->deck());
        const Deck *to = deckAt(decks[next]);
        const double along = double(bar->value() + m_view->viewport()->height() / 2) / qMax(1, from->length);
        jumpTo(decks[next], along * to->length);
        break;
    }
    default: return QWidget::keyPressEvent(event);
    }
    event->accept();
}

} // namespace kiosk::ui
