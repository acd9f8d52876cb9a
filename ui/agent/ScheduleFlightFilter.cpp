#include "ScheduleFlightFilter.h"

#include "reports/FlightSalesModel.h"

namespace kiosk::ui {

ScheduleFlightFilter::ScheduleFlightFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FlightSalesModel::SortRole);
}

void ScheduleFlightFilter::setRoute(const QString &route)
{
    const QString typed = route.simplified().remove(QLatin1Char(' ')).toUpper();
    const qsizetype dash = typed.indexOf(QLatin1Char('-'));
    m_either = dash < 0 && !typed.isEmpty();
    m_origin = dash < 0 ? typed : typed.left(dash);
    m_destination = dash < 0 ? typed : typed.mid(dash + 1);
    invalidateFilter();
}

void ScheduleFlightFilter::setStatus(std::optional<FlightStatus> status)
{
    m_status = status;
    invalidateFilter();
}

bool ScheduleFlightFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *flights = static_cast<const FlightSalesModel *>(sourceModel());
    const FlightSales &flight = flights->flightAt(sourceRow);
    if (m_status && flight.status != *m_status)
        return false;
    if (m_either)
        return flight.origin == m_origin || flight.destination == m_destination;
    return (m_origin.isEmpty() || flight.origin == m_origin)
        && (m_destination.isEmpty() || flight.destination == m_destination);
}

} // namespace kiosk::ui
