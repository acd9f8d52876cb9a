#include "SeatMoveModel.h"

namespace kiosk::ui {

SeatMoveModel::SeatMoveModel(QObject *parent) : QAbstractTableModel(parent) {}

void SeatMoveModel::setMoves(const QList<SeatMove> &moves)
{
    beginResetModel();
    m_moves = moves;
    endResetModel();
}

int SeatMoveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int SeatMoveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeatMoveModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_moves.size() || role != Qt::DisplayRole)
        return {};
    const SeatMove &move = m_moves.at(index.row());
    switch (index.column()) {
    case ReferenceColumn: return move.reference;
    case PassengerColumn: return move.passenger;
    case OldSeatColumn: return move.oldSeat;
    case NewSeatColumn: return move.newSeat.isEmpty() ? tr("no seat: an agent reseats them") : move.newSeat;
    default: return {};
    }
}

QVariant SeatMoveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn: return tr("Booking");
    case PassengerColumn: return tr("Passenger");
    case OldSeatColumn: return tr("Seat now");
    case NewSeatColumn: return tr("Seat after the change");
    default: return {};
    }
}

} // namespace kiosk::ui
