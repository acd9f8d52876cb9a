#include "FlightSalesModel.h"

#include "widgets/LocalMoney.h"

#include <QLocale>

namespace kiosk::ui {

FlightSalesModel::FlightSalesModel(QObject *parent) : QAbstractTableModel(parent) {}

QString FlightSalesModel::statusText(FlightStatus status)
{
    switch (status) {
    case FlightStatus::NotOnSaleYet: return tr("Not on sale yet");
    case FlightStatus::OnSale: return tr("On sale");
    case FlightStatus::Departed: return tr("Departed");
    case FlightStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

void FlightSalesModel::setFlights(const QList<FlightSales> &flights)
{
    beginResetModel();
    m_flights = flights;
    endResetModel();
}

int FlightSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flights.size());
}

int FlightSalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlightSalesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_flights.size())
        return {};
    const FlightSales &flight = m_flights.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(flight, index.column());
    case SortRole:
        return sortValue(flight, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= SoldColumn && index.column() <= RevenueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FlightSalesModel::displayText(const FlightSales &flight, int column) const
{
    switch (column) {
    case FlightColumn: return flight.key;
    case RouteColumn: return tr("%1 → %2").arg(flight.origin, flight.destination);
    case DepartureColumn: return flight.departureUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case SoldColumn: return QString::number(flight.seatsSold);
    case CapacityColumn: return QString::number(flight.seatCapacity);
    case LoadColumn: {
        const auto load = flight.loadFactor();
        return load ? tr("%1 %").arg(QLocale().toString(*load * 100.0, 'f', 1)) : tr("–");
    }
    case RevenueColumn: return localMoney(flight.revenue);
    case StatusColumn: return statusText(flight.status);
    default: return {};
    }
}

QVariant FlightSalesModel::sortValue(const FlightSales &flight, int column)
{
    switch (column) {
    case FlightColumn: return flight.key;
    case RouteColumn: return flight.origin + flight.destination;
    case DepartureColumn: return flight.departureUtc;
    case SoldColumn: return flight.seatsSold;
    case CapacityColumn: return flight.seatCapacity;
    case LoadColumn: return flight.loadFactor().value_or(-1.0);
    case RevenueColumn: return flight.revenue.minorUnits();
    case StatusColumn: return int(flight.status);
    default: return {};
    }
}

QVariant FlightSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlightColumn: return tr("Flight");
    case RouteColumn: return tr("Route");
    case DepartureColumn: return tr("Departure (UTC)");
    case SoldColumn: return tr("Seats sold");
    case CapacityColumn: return tr("Capacity");
    case LoadColumn: return tr("Load factor");
    case RevenueColumn: return tr("Revenue");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace kiosk::ui
