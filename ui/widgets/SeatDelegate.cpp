#include "SeatDelegate.h"

#include "models/SeatMapModel.h"

#include <QPainter>
#include <QPainterPath>

namespace kiosk::ui {

namespace {
const QColor Ink(0x1f, 0x2a, 0x37);
const QColor Accent(0x00, 0x5f, 0xb8);
const QColor Held(0xf2, 0xb1, 0x34);
const QColor Sold(0x4a, 0x4f, 0x57);
const QColor Blocked(0xc8, 0xcc, 0xd2);
} // namespace

void SeatDelegate::paintSeat(QPainter *painter, const QRectF &rect, SeatStatus status, bool selected,
                             const QString &label, bool extraLegroom)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF seat = rect.adjusted(4, 4, -4, -4);
    QPainterPath shape;
    shape.addRoundedRect(seat, 6, 6);
    QPen outline(Ink, 2);
    QColor fill = Qt::white;
    QString symbol = label;
    QColor text = Ink;
    if (selected) {
        fill = Accent;
        symbol = QStringLiteral("✓");
        text = Qt::white;
    } else if (status == SeatStatus::Held) {
        fill = Held;
        symbol = QStringLiteral("◷");
    } else if (status == SeatStatus::Sold) {
        fill = Sold;
        symbol = QStringLiteral("✕");
        text = Qt::white;
    } else if (status == SeatStatus::Blocked) {
        fill = Blocked;
        outline.setStyle(Qt::DashLine);
        symbol = QStringLiteral("—");
    }
    painter->fillPath(shape, fill);
    if (status == SeatStatus::Held && !selected) {
        painter->setClipPath(shape);
        painter->fillRect(seat, QBrush(Ink, Qt::BDiagPattern)); // hatching, visible in greyscale
        painter->setClipping(false);
    }
    painter->setPen(outline);
    painter->drawPath(shape);
    if (extraLegroom && status == SeatStatus::Free && !selected) // a bar at the foot: more legroom
        painter->fillRect(QRectF(seat.left() + 6, seat.bottom() - 5, seat.width() - 12, 3), Accent);
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(qMax(8.0, seat.height() / 3.2));
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(seat, Qt::AlignCenter, symbol);
    painter->restore();
}

void SeatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = SeatMapModel::CellKind(index.data(SeatMapModel::CellKindRole).toInt());
    switch (kind) {
    case SeatMapModel::CellKind::Seat: {
        const auto status = SeatStatus(index.data(SeatMapModel::StatusRole).toInt());
        const auto features = SeatFeatures::fromInt(index.data(SeatMapModel::FeaturesRole).toInt());
        paintSeat(painter, option.rect, status, index.data(SeatMapModel::SelectedRole).toBool(),
                  index.data(SeatMapModel::SeatCodeRole).toString().right(1),
                  features.testFlag(SeatFeature::ExtraLegroom));
        if (option.state & QStyle::State_HasFocus) {
            painter->save();
            painter->setPen(QPen(Accent, 3, Qt::DotLine));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
            painter->restore();
        }
        break;
    }
    case SeatMapModel::CellKind::RowLabel:
    case SeatMapModel::CellKind::CabinHeader: {
        QStyleOptionViewItem plain = option;
        plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        plain.state |= QStyle::State_Enabled; // labels are not choosable, but must read clearly
        plain.displayAlignment = kind == SeatMapModel::CellKind::RowLabel ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter;
        plain.font.setBold(true);
        const bool exitRow = kind == SeatMapModel::CellKind::RowLabel
            && SeatFeatures::fromInt(index.data(SeatMapModel::FeaturesRole).toInt()).testFlag(SeatFeature::ExitRow);
        if (exitRow) // the number moves up to make room for the EXIT mark below it
            plain.displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
        QStyledItemDelegate::paint(painter, plain, index);
        if (exitRow) {
            painter->save();
            QFont small = plain.font;
            small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.55));
            painter->setFont(small);
            painter->setPen(QColor(0xb4, 0x23, 0x18));
            painter->drawText(option.rect.adjusted(0, 0, 0, -4), Qt::AlignHCenter | Qt::AlignBottom, tr("EXIT"));
            painter->restore();
        }
        break;
    }
    case SeatMapModel::CellKind::Aisle:
    case SeatMapModel::CellKind::Empty:
        break;
    }
}

QSize SeatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option);
    const auto kind = SeatMapModel::CellKind(index.data(SeatMapModel::CellKindRole).toInt());
    return kind == SeatMapModel::CellKind::Aisle ? QSize(28, 56) : QSize(56, 56);
}

} // namespace kiosk::ui
