#include "DisruptionTableModel.h"

#include "AgentFormat.h"
#include "AuditReasonText.h"
#include "domain/BookingState.h"

namespace kiosk::ui {

void DisruptionTableModel::setDisruptions(const QList<Disruption> &disruptions)
{
    beginResetModel();
    m_disruptions = disruptions;
    endResetModel();
}

int DisruptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disruptions.size());
}

int DisruptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisruptionTableModel::kindText(Disruption::Kind kind)
{
    switch (kind) {
    case Disruption::Kind::Cancelled: return tr("Flight cancelled");
    case Disruption::Kind::Retimed: return tr("Retimed");
    case Disruption::Kind::SeatMoved: return tr("Seat moved");
    case Disruption::Kind::NoSeat: return tr("No seat");
    }
    return disruptionKindName(kind);
}

QVariant DisruptionTableModel::display(const Disruption &d, int column) const
{
    switch (column) {
    case RaisedColumn: return agentDateTime(d.createdUtc);
    case KindColumn: return kindText(d.kind);
    case ReferenceColumn: return d.reference;
    case StateColumn: {
        const auto state = bookingStateFromName(d.bookingState);
        return state ? agentStateText(*state) : d.bookingState;
    }
    case FlightColumn: return d.flightKey;
    case PassengerColumn: return d.passengerName;
    case OldSeatColumn: return d.oldSeat;
    case NewSeatColumn:
        // A passenger the new aircraft has no seat for waits for an agent.
        return d.kind == Disruption::Kind::NoSeat ? tr("none") : d.newSeat;
    case DetailColumn: return auditReasonText(d.detail); // the core writes it as data, in English
    case HandledColumn:
        return d.isOpen() ? tr("open")
                          : tr("%1 by %2").arg(agentDateTime(d.handledUtc), d.handledBy)
                + (d.handledNote.isEmpty() ? QString() : QStringLiteral(": ") + d.handledNote);
    default: return {};
    }
}

QVariant DisruptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Disruption &d = m_disruptions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(d, index.column());
    case Qt::AccessibleTextRole:
        return headerData(index.column(), Qt::Horizontal).toString() + QStringLiteral(": ") +
               display(d, index.column()).toString();
    case Qt::ToolTipRole: // the whole change, elided in its column, and the text as stored
        return index.column() == DetailColumn
            ? QVariant(auditReasonText(d.detail) + QLatin1Char('\n') + tr("As recorded: %1").arg(d.detail))
            : QVariant();
    case ChipToneRole: { // the booking's state as a chip (StatusChipDelegate)
        const auto state = bookingStateFromName(d.bookingState);
        return index.column() == StateColumn && state ? QVariant(int(agentStateTone(*state))) : QVariant();
    }
    case SortRole:
        if (index.column() == RaisedColumn)
            return d.createdUtc.toMSecsSinceEpoch() * 1000 + d.id % 1000; // the same second: newest id last
        if (index.column() == HandledColumn)
            return d.isOpen() ? 0 : d.handledUtc.toMSecsSinceEpoch();
        return display(d, index.column());
    case IdRole: return d.id;
    case ReferenceRole: return d.reference;
    case OpenRole: return d.isOpen();
    default: return {};
    }
}

QVariant DisruptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RaisedColumn: return tr("Raised");
    case KindColumn: return tr("What happened");
    case ReferenceColumn: return tr("Booking");
    case StateColumn: return tr("Booking state");
    case FlightColumn: return tr("Flight");
    case PassengerColumn: return tr("Passenger");
    case OldSeatColumn: return tr("Old seat");
    case NewSeatColumn: return tr("New seat");
    case DetailColumn: return tr("Change");
    case HandledColumn: return tr("Handled");
    default: return {};
    }
}

} // namespace kiosk::ui
