#include "BookingTableModel.h"

#include "AgentFormat.h"
#include "widgets/LocalMoney.h"

namespace kiosk::ui {

void BookingTableModel::setBookings(const QList<BookingSummary> &bookings)
{
    beginResetModel();
    m_bookings = bookings;
    endResetModel();
}

int BookingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTableModel::display(const BookingSummary &booking, int column) const
{
    switch (column) {
    case ReferenceColumn: return booking.reference;
    case StateColumn: return agentStateText(booking.state);
    case FlightColumn: return booking.flightKey;
    case DepartureColumn: return agentDateTime(booking.departureUtc);
    case PassengersColumn: return booking.passengers.join(QStringLiteral(", "));
    case SeatsColumn: return booking.seats.join(QStringLiteral(", "));
    case TotalColumn: return localMoney(booking.total);
    case CreatedColumn: return agentDateTime(booking.createdUtc);
    default: return {};
    }
}

QVariant BookingTableModel::sortKey(const BookingSummary &booking, int column) const
{
    switch (column) {
    case StateColumn: return int(booking.state); // the journey's order, not the alphabet
    case DepartureColumn: return booking.departureUtc.toMSecsSinceEpoch();
    case TotalColumn: return booking.total.minorUnits();
    case CreatedColumn: return booking.createdUtc.toMSecsSinceEpoch();
    case PassengersColumn: return booking.passengers.join(QStringLiteral(", ")).toCaseFolded();
    default: return display(booking, column);
    }
}

QVariant BookingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BookingSummary &booking = m_bookings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(booking, index.column());
    case Qt::AccessibleTextRole:
        return headerData(index.column(), Qt::Horizontal).toString() + QStringLiteral(": ") +
               display(booking, index.column()).toString();
    case Qt::TextAlignmentRole:
        return index.column() == TotalColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ChipToneRole: // the state as a chip (StatusChipDelegate)
        return index.column() == StateColumn ? QVariant(int(agentStateTone(booking.state))) : QVariant();
    case SortRole: return sortKey(booking, index.column());
    case ReferenceRole: return booking.reference;
    default: return {};
    }
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn: return tr("Reference");
    case StateColumn: return tr("State");
    case FlightColumn: return tr("Flight");
    case DepartureColumn: return tr("Departure");
    case PassengersColumn: return tr("Passengers");
    case SeatsColumn: return tr("Seats");
    case TotalColumn: return tr("Total");
    case CreatedColumn: return tr("Booked");
    default: return {};
    }
}

} // namespace kiosk::ui
