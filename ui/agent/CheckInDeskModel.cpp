#include "CheckInDeskModel.h"

#include "models/SeatMapModel.h"

namespace kiosk::ui {

void CheckInDeskModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CheckInDeskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckInDeskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckInDeskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Passenger &passenger = row.passenger.passenger;
    switch (role) {
    case SeatRole:
        return passenger.seat.toString();
    case CheckedInRole:
        return row.passenger.sequence.has_value();
    case BagCountRole:
        return int(row.bagTags.size());
    case Qt::ToolTipRole:
        return index.column() == BagsColumn && !row.bagTags.isEmpty() ? row.bagTags.join(QLatin1Char('\n')) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn: return passenger.name;
        case SeatColumn: return passenger.seat.toString();
        case CabinColumn: return SeatMapModel::cabinTitle(passenger.cabin);
        case BoardingColumn:
            return row.passenger.sequence ? tr("checked in, no. %1").arg(*row.passenger.sequence) : tr("not checked in");
        case BagsColumn:
            return row.bagTags.isEmpty() ? tr("none") : QStringLiteral("%1: %2").arg(row.bagTags.size()).arg(row.bagTags.join(QStringLiteral(", ")));
        }
        return {};
    default:
        return {};
    }
}

QVariant CheckInDeskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Passenger");
    case SeatColumn: return tr("Seat");
    case CabinColumn: return tr("Cabin");
    case BoardingColumn: return tr("Check-in");
    case BagsColumn: return tr("Bags");
    }
    return {};
}

} // namespace kiosk::ui
