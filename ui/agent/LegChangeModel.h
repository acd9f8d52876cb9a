#pragma once

#include "schedule/ImportSummary.h"

#include <QAbstractTableModel>

namespace kiosk::ui {

// The stored flights a schedule import changes, one row per change: retimed (old and new
// departure, or another airport), on another aircraft, reinstated or cancelled, with the
// bookings each change disrupts. Shown after the dry run, before the import is applied.
class LegChangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FlightColumn, ChangeColumn, DetailColumn, DisruptionsColumn, ColumnCount };

    explicit LegChangeModel(QObject *parent = nullptr);

    void setChanges(const QList<LegChange> &changes);

    static QString kindText(LegChange::Kind kind);
    static QString detailText(const LegChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LegChange> m_changes;
};

} // namespace kiosk::ui
