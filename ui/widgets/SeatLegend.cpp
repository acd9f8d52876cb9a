#include "SeatLegend.h"

#include "SeatMapPainter.h"

#include <QPainter>

namespace kiosk::ui {

namespace {
struct Entry {
    SeatStatus status;
    bool selected;
    bool legroom;
    const char *text;
    Cabin cabin = Cabin::Economy;
    bool exit = false; // the exit marker instead of a seat
};
const Entry entries[] = {
    {SeatStatus::Free, false, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Free, price under it")},
    {SeatStatus::Free, false, true, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Extra legroom")},
    {SeatStatus::Free, false, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Business or first"), Cabin::Business},
    {SeatStatus::Free, true, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Your choice")},
    {SeatStatus::Held, false, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Held by someone")},
    {SeatStatus::Sold, false, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Taken")},
    {SeatStatus::Blocked, false, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Not available")},
    {SeatStatus::Free, false, false, QT_TRANSLATE_NOOP("kiosk::ui::SeatLegend", "Emergency exit"), Cabin::Economy, true},
};
constexpr int Swatch = 36;
} // namespace

int SeatLegend::entryWidth() const
{
    int widest = 0;
    for (const Entry &entry : entries)
        widest = qMax(widest, fontMetrics().horizontalAdvance(tr(entry.text)));
    return Swatch + 16 + widest;
}

SeatLegend::SeatLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("seatLegend"));
    QStringList names;
    for (const Entry &entry : entries)
        names << tr(entry.text);
    setAccessibleName(tr("Legend: %1").arg(names.join(QStringLiteral(", "))));
}

QSize SeatLegend::sizeHint() const
{
    return {entryWidth() * 4, (Swatch + 8) * 2};
}

int SeatLegend::heightForWidth(int width) const
{
    const int perRow = qMax(1, width / entryWidth());
    const int rows = (int(std::size(entries)) + perRow - 1) / perRow;
    return rows * (Swatch + 8);
}

void SeatLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const SeatMapColours &colours = SeatMapColours::forPalette(palette());
    const int entryWidthPx = entryWidth();
    const int perRow = qMax(1, width() / entryWidthPx);
    int i = 0;
    for (const Entry &entry : entries) {
        const QPoint origin((i % perRow) * entryWidthPx, (i / perRow) * (Swatch + 8));
        if (entry.exit)
            SeatMapPainter::paintExit(&painter, QRectF(origin, QSizeF(Swatch, Swatch)).center(), false, colours);
        else
            SeatMapPainter::paintSeat(&painter, QRectF(origin, QSizeF(Swatch, Swatch)), entry.status, entry.selected,
                                      entry.selected ? QStringLiteral("1") : QStringLiteral("A"), entry.legroom, entry.cabin,
                                      colours);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(origin + QPoint(Swatch + 6, 0), QSize(entryWidthPx - Swatch - 8, Swatch)),
                         Qt::AlignVCenter | Qt::AlignLeft, tr(entry.text));
        ++i;
    }
}

} // namespace kiosk::ui
