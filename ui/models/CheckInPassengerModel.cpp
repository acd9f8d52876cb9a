#include "CheckInPassengerModel.h"

namespace kiosk::ui {

void CheckInPassengerModel::setPassengers(const QList<CheckInPassenger> &passengers)
{
    beginResetModel();
    m_passengers = passengers;
    m_chosen = QList<bool>(passengers.size(), true);
    endResetModel();
    Q_EMIT choiceChanged();
}

QList<SeatCode> CheckInPassengerModel::chosenSeats() const
{
    QList<SeatCode> seats;
    for (qsizetype i = 0; i < m_passengers.size(); ++i) {
        if (m_chosen.at(i))
            seats << m_passengers.at(i).passenger.seat;
    }
    return seats;
}

int CheckInPassengerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_passengers.size());
}

QVariant CheckInPassengerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_passengers.size())
        return {};
    const CheckInPassenger &row = m_passengers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString status = row.sequence ? tr("checked in, boarding number %1").arg(*row.sequence)
                                            : tr("not checked in yet");
        return tr("%1 — seat %2 — %3").arg(row.passenger.name, row.passenger.seat.toString(), status);
    }
    case Qt::CheckStateRole:
        return m_chosen.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool CheckInPassengerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    m_chosen[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
    return true;
}

Qt::ItemFlags CheckInPassengerModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

} // namespace kiosk::ui
