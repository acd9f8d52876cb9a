#pragma once

#include "checkin/CheckInBooking.h"

#include <QAbstractListModel>

namespace kiosk::ui {

// The passengers of a booking found for check-in, each with a check box: who checks in
// now. Already checked-in passengers show their boarding number and stay ticked (they
// get their boarding pass again).
class CheckInPassengerModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setPassengers(const QList<CheckInPassenger> &passengers);
    QList<SeatCode> chosenSeats() const;
    // The passenger in `row`; nullptr outside the list.
    const CheckInPassenger *passengerAt(int row) const
    {
        return row >= 0 && row < m_passengers.size() ? &m_passengers.at(row) : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void choiceChanged();

private:
    QList<CheckInPassenger> m_passengers;
    QList<bool> m_chosen;
};

} // namespace kiosk::ui
