#include "SeatDelegate.h"

#include "SeatMapPainter.h"
#include "models/SeatMapModel.h"

#include <QPainter>
#include <QTableView>

namespace kiosk::ui {

void SeatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (SeatMapModel::CellKind(index.data(SeatMapModel::CellKindRole).toInt())) {
    case SeatMapModel::CellKind::Seat: paintSeatCell(painter, option, index); break;
    case SeatMapModel::CellKind::RowLabel: paintRowLabel(painter, option, index); break;
    case SeatMapModel::CellKind::CabinHeader: paintCabinHeader(painter, option, index); break;
    case SeatMapModel::CellKind::Facility: paintFacilities(painter, option, index); break;
    case SeatMapModel::CellKind::Aisle:
    case SeatMapModel::CellKind::Empty: break;
    }
}

void SeatDelegate::paintSeatCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    SeatMapPainter::SeatCell seat;
    seat.status = SeatStatus(index.data(SeatMapModel::StatusRole).toInt());
    seat.selected = index.data(SeatMapModel::SelectedRole).toBool();
    seat.traveller = index.data(SeatMapModel::TravellerRole).toInt();
    seat.label = index.data(SeatMapModel::SeatCodeRole).toString().right(1);
    seat.extraLegroom = SeatFeatures::fromInt(index.data(SeatMapModel::FeaturesRole).toInt()).testFlag(SeatFeature::ExtraLegroom);
    seat.cabin = Cabin(index.data(SeatMapModel::CabinRole).toInt());
    seat.price = index.data(SeatMapModel::ShortPriceRole).toString();
    seat.overWing = index.data(SeatMapModel::OverWingRole).toBool();
    seat.colours = &SeatMapColours::forPalette(option.palette);
    SeatMapPainter::paintSeatCell(painter, option.rect, seat);
    if (option.state & QStyle::State_HasFocus) {
        painter->save();
        painter->setPen(QPen(seat.colours->accent, 3, Qt::DotLine));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}

void SeatDelegate::paintRowLabel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool leftSide = index.column() == 0;
    const int exits = index.data(SeatMapModel::ExitRole).toInt();
    const int at = leftSide ? ExitLeftAt : ExitRightAt;
    const SeatMapColours &colours = SeatMapColours::forPalette(option.palette);
    const QRect inner = leftSide ? option.rect.adjusted(SeatMapPainter::WallInset, 0, 0, 0)
                                 : option.rect.adjusted(0, 0, -SeatMapPainter::WallInset, 0);
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colours.ink); // a label is not choosable, but must read clearly
    SeatMapPainter::drawShortText(painter, inner, (exits & at ? Qt::AlignTop : Qt::AlignVCenter) | Qt::AlignHCenter,
                                  index.data().toString());
    const qreal wall = leftSide ? option.rect.left() + SeatMapPainter::WallInset : option.rect.right() - SeatMapPainter::WallInset;
    if (exits & at) { // beside the row: the word under the number as well as the marker on the wall
        painter->setFont(SeatMapPainter::smallFont(font));
        painter->setPen(colours.exit);
        SeatMapPainter::drawShortText(painter, inner.adjusted(0, 0, 0, -4), Qt::AlignHCenter | Qt::AlignBottom, tr("EXIT"));
        SeatMapPainter::paintExit(painter, QPointF(wall, option.rect.center().y()), leftSide, colours);
    }
    if (exits & (at << 2)) // a door before the row
        SeatMapPainter::paintExit(painter, QPointF(wall, option.rect.top()), leftSide, colours);
    if (exits & (at << 4)) // a door after the row
        SeatMapPainter::paintExit(painter, QPointF(wall, option.rect.bottom()), leftSide, colours);
    painter->restore();
}

void SeatDelegate::paintCabinHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QTableView *>(option.widget);
    const int lettersHeight = 36;
    const QRect letters(option.rect.left(), option.rect.bottom() - lettersHeight, option.rect.width(), lettersHeight);
    const QRect title(option.rect.left() + SeatMapPainter::WallInset + 8, letters.top() - 30,
                      option.rect.width() - 2 * SeatMapPainter::WallInset - 16, 30);
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(SeatMapColours::forPalette(option.palette).ink);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, title.width()));
    // The cabin's own letters over its columns, with where each sits: told in words, not
    // only by position, for a traveller who asked for a window.
    const QFont small = SeatMapPainter::smallFont(option.font);
    for (int column = 1; view && column + 1 < index.model()->columnCount(); ++column) {
        const QModelIndex cell = index.siblingAtColumn(column);
        const QString letter = cell.data().toString();
        if (letter.isEmpty())
            continue;
        const QRect box(view->columnViewportPosition(column), letters.top(), view->columnWidth(column), lettersHeight);
        painter->setFont(font);
        SeatMapPainter::drawShortText(painter, box, Qt::AlignHCenter | Qt::AlignTop, letter);
        const QString side = cell.data(SeatMapModel::ColumnSideRole).toString();
        painter->setFont(small);
        if (!side.isEmpty())
            SeatMapPainter::drawShortText(painter, box, Qt::AlignHCenter | Qt::AlignBottom,
                                          side == QLatin1String("window") ? tr("Window") : tr("Aisle"));
    }
    painter->restore();
}

void SeatDelegate::paintFacilities(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto facilities = index.data(SeatMapModel::FacilitiesRole).value<QList<LayoutFacility>>();
    const QRect inside = option.rect.adjusted(SeatMapPainter::WallInset + 4, 0, -SeatMapPainter::WallInset - 4, 0);
    const int third = inside.width() / 3;
    for (const LayoutFacility &facility : facilities) {
        const int slot = facility.position == CabinPosition::Left ? 0 : facility.position == CabinPosition::Centre ? 1 : 2;
        SeatMapPainter::paintFacility(painter, QRectF(inside.left() + slot * third, inside.top(), third, inside.height()),
                                      facility.kind, SeatMapModel::facilityName(facility.kind),
                                      SeatMapColours::forPalette(option.palette));
    }
}

QSize SeatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option);
    const auto kind = SeatMapModel::CellKind(index.data(SeatMapModel::CellKindRole).toInt());
    return kind == SeatMapModel::CellKind::Aisle ? QSize(28, 56) : QSize(56, 56);
}

} // namespace kiosk::ui
