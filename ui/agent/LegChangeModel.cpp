#include "LegChangeModel.h"

#include "AgentFormat.h"

namespace kiosk::ui {

LegChangeModel::LegChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void LegChangeModel::setChanges(const QList<LegChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString LegChangeModel::kindText(LegChange::Kind kind)
{
    switch (kind) {
    case LegChange::Kind::Retimed: return tr("Retimed");
    case LegChange::Kind::Reequipped: return tr("Other aircraft");
    case LegChange::Kind::Reinstated: return tr("Reinstated");
    case LegChange::Kind::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString LegChangeModel::detailText(const LegChange &change)
{
    switch (change.kind) {
    case LegChange::Kind::Retimed: {
        QString text = tr("departs %1 instead of %2")
                           .arg(agentDateTime(change.departureAfter), agentDateTime(change.departureBefore));
        if (!change.destinationAfter.isEmpty())
            text += tr(", to %1 instead of %2").arg(change.destinationAfter, change.destinationBefore);
        return text;
    }
    case LegChange::Kind::Reequipped:
        return tr("%1 instead of %2")
            .arg(change.aircraftAfter, change.aircraftBefore.isEmpty() ? tr("an aircraft of no schedule")
                                                                       : change.aircraftBefore);
    case LegChange::Kind::Reinstated: return tr("flies again as scheduled");
    case LegChange::Kind::Cancelled: return tr("no longer in the schedule");
    }
    return {};
}

int LegChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int LegChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LegChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const LegChange &change = m_changes.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == DisruptionsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FlightColumn: return change.flight;
    case ChangeColumn: return kindText(change.kind);
    case DetailColumn: return detailText(change);
    case DisruptionsColumn: return change.disruptions;
    default: return {};
    }
}

QVariant LegChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlightColumn: return tr("Flight");
    case ChangeColumn: return tr("Change");
    case DetailColumn: return tr("Details");
    case DisruptionsColumn: return tr("Bookings disrupted");
    default: return {};
    }
}

} // namespace kiosk::ui
