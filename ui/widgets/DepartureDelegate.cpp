#include "DepartureDelegate.h"

#include "HighContrast.h"
#include "models/FlightListModel.h"

#include <QPainter>

#include <algorithm>

namespace kiosk::ui {

namespace {

constexpr int Padding = 16;
constexpr int TimeWidth = 200;   // the departure time and the arrival under it
constexpr int RightWidth = 320;  // the fare and the cabins
constexpr int ChevronWidth = 40;

// The board's colours: dark on white, or (the accessible mode) light on black.
struct BoardColours {
    QColor ink, muted, chevron, closedStatus, openStatus, dayBand, row, pressedRow, closedRow, divider, focus;
    int focusWidth;
};
const BoardColours Standard{QColor(0x1f, 0x2a, 0x37), QColor(0x4b, 0x55, 0x63), QColor(0x00, 0x5f, 0xb8),
                            QColor(0xb4, 0x23, 0x18), QColor(0x15, 0x80, 0x3d), QColor(0xe3, 0xe8, 0xef),
                            QColor(Qt::white),        QColor(0xd6, 0xe4, 0xf5), QColor(0xf4, 0xf6, 0xf9),
                            QColor(0xd0, 0xd5, 0xdd), QColor(0xf2, 0xb1, 0x34), 3};
// kiosk-accessible.qss's: white and yellow on black, its pale red for errors, cyan focus.
const BoardColours HighContrast{QColor(Qt::white),        QColor(0xd9, 0xd9, 0xd9), QColor(0xff, 0xd4, 0x00),
                                QColor(0xff, 0x9c, 0x9c), QColor(0x8c, 0xf5, 0xa8), QColor(0x26, 0x26, 0x26),
                                QColor(Qt::black),        QColor(0x00, 0x3c, 0x44), QColor(0x14, 0x14, 0x14),
                                QColor(0xa6, 0xa6, 0xa6), QColor(0x00, 0xe5, 0xff), 6};

QFont sized(QFont font, int pixels, bool bold)
{
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// `text` in `rect`, cut with an ellipsis rather than clipped when it does not fit.
void drawText(QPainter *painter, const QRect &rect, int flags, const QString &text)
{
    const QString shown = painter->fontMetrics().elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, flags, shown);
}

} // namespace

QFont DepartureDelegate::smallLineFont(const QFont &base)
{
    return sized(base, 17, false);
}

int DepartureDelegate::cabinsWidth(const QFontMetrics &metrics, const QString &cabins, int rowWidth)
{
    if (cabins.isEmpty())
        return 0; // a closed flight: its details take the whole line
    const int lineWidth = rowWidth - ChevronWidth - Padding - (TimeWidth + Padding);
    return std::clamp(metrics.horizontalAdvance(cabins), RightWidth, std::max(RightWidth, lineWidth * 3 / 5));
}

QSize DepartureDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool startsDay = !index.data(FlightListModel::DayHeaderRole).toString().isEmpty();
    return {option.rect.width(), RowHeight + (startsDay ? DayHeaderHeight : 0)};
}

void DepartureDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const BoardColours &colours = isHighContrast(option.palette) ? HighContrast : Standard;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect row = option.rect;
    const QString day = index.data(FlightListModel::DayHeaderRole).toString();
    if (!day.isEmpty()) {
        const QRect band(row.left(), row.top(), row.width(), DayHeaderHeight);
        painter->fillRect(band, colours.dayBand);
        painter->setFont(sized(option.font, 20, true));
        painter->setPen(colours.ink);
        drawText(painter, band.adjusted(Padding, 0, -Padding, 0), Qt::AlignLeft | Qt::AlignVCenter, day);
        row.setTop(band.bottom() + 1);
    }
    const bool cancelled = index.data(FlightListModel::CancelledRole).toBool();
    const bool closed = cancelled || index.data(FlightListModel::SalesClosedRole).toBool();
    const bool pressed = index.row() == m_pressedRow;
    painter->fillRect(row, pressed ? colours.pressedRow : closed ? colours.closedRow : colours.row);
    painter->setPen(colours.divider);
    painter->drawLine(row.bottomLeft(), row.bottomRight());

    const int half = row.height() / 2;
    const QRect top(row.left(), row.top() + 8, row.width(), half - 8);
    const QRect bottom(row.left(), row.top() + half, row.width(), half - 10);
    const int middleLeft = row.left() + TimeWidth + Padding;
    const int right = row.right() - ChevronWidth - Padding;
    const int middleWidth = right - RightWidth - middleLeft - Padding;
    const QColor main = closed ? colours.muted : colours.ink;

    painter->setPen(main);
    painter->setFont(sized(option.font, 36, true));
    drawText(painter, QRect(row.left() + Padding, top.top(), TimeWidth, top.height()), Qt::AlignLeft | Qt::AlignBottom,
             index.data(FlightListModel::DepartureTimeRole).toString());
    painter->setFont(sized(option.font, 17, false));
    drawText(painter, QRect(row.left() + Padding, bottom.top(), TimeWidth, bottom.height()), Qt::AlignLeft | Qt::AlignVCenter,
             index.data(FlightListModel::ArrivalRole).toString());

    // Status first (it is short and must show), the destination in the rest of the line.
    const QString status = index.data(FlightListModel::StatusRole).toString();
    painter->setFont(sized(option.font, 18, true));
    const int statusWidth = painter->fontMetrics().horizontalAdvance(status);
    painter->setPen(closed ? colours.closedStatus : colours.openStatus);
    painter->drawText(QRect(middleLeft + middleWidth - statusWidth, top.top(), statusWidth, top.height()),
                      Qt::AlignRight | Qt::AlignBottom, status);
    painter->setPen(main);
    painter->setFont(sized(option.font, 26, true));
    drawText(painter, QRect(middleLeft, top.top(), middleWidth - statusWidth - Padding, top.height()),
             Qt::AlignLeft | Qt::AlignBottom, index.data(FlightListModel::DestinationRole).toString());
    painter->setPen(colours.muted);
    painter->setFont(smallLineFont(option.font));
    const QString cabins = index.data(FlightListModel::CabinsRole).toString();
    const int cabinsRoom = cabinsWidth(painter->fontMetrics(), cabins, row.width());
    const QString duration = index.data(FlightListModel::DurationRole).toString();
    const QString details = index.data(FlightListModel::DetailsRole).toString();
    drawText(painter, QRect(middleLeft, bottom.top(), right - cabinsRoom - Padding - middleLeft, bottom.height()),
             Qt::AlignLeft | Qt::AlignVCenter, duration.isEmpty() ? details : duration + QStringLiteral(" · ") + details);
    painter->setPen(colours.ink);
    drawText(painter, QRect(right - cabinsRoom, bottom.top(), cabinsRoom, bottom.height()), Qt::AlignRight | Qt::AlignVCenter,
             cabins);

    painter->setFont(sized(option.font, 22, true));
    drawText(painter, QRect(right - RightWidth, top.top(), RightWidth, top.height()), Qt::AlignRight | Qt::AlignBottom,
             index.data(FlightListModel::FareRole).toString());

    painter->setPen(closed ? colours.muted : colours.chevron);
    painter->setFont(sized(option.font, 40, true));
    painter->drawText(QRect(row.right() - ChevronWidth - Padding / 2, row.top(), ChevronWidth, row.height()),
                      Qt::AlignCenter, QStringLiteral("›"));

    // A focus ring for keyboard users only, as on the buttons (InputMode).
    const bool keyboard = option.widget && option.widget->window()->property("keyboardInput").toBool();
    if (keyboard && (option.state & QStyle::State_HasFocus)) {
        painter->setPen(QPen(colours.focus, colours.focusWidth));
        const int inset = colours.focusWidth / 2 + 1; // the whole ring inside the row
        painter->drawRect(row.adjusted(inset, inset, -inset, -inset));
    }
    painter->restore();
}

} // namespace kiosk::ui
