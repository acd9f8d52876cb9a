#pragma once

#include "domain/Disruption.h"

#include <QAbstractTableModel>
#include <QList>

namespace kiosk::ui {

// Disruptions as the agent sees them, one row each: what the schedule change did to which
// booking, the flight, the seat before and after, and who handled it. SortRole gives times
// as numbers, for the QSortFilterProxyModel in front of it.
class DisruptionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RaisedColumn, KindColumn, ReferenceColumn, StateColumn, FlightColumn, PassengerColumn,
                  OldSeatColumn, NewSeatColumn, DetailColumn, HandledColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ReferenceRole, OpenRole };

    explicit DisruptionTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setDisruptions(const QList<Disruption> &disruptions);
    const QList<Disruption> &disruptions() const { return m_disruptions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Flight cancelled", "Retimed", "Seat moved", "No seat" in the user's language.
    static QString kindText(Disruption::Kind kind);

private:
    QVariant display(const Disruption &disruption, int column) const;

    QList<Disruption> m_disruptions;
};

} // namespace kiosk::ui
