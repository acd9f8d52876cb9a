#pragma once

#include "domain/SalesReport.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace kiosk::ui {

// The Schedule tab's flights narrowed by route and status, sorted by FlightSalesModel's
// SortRole. A route is typed as "DUB" (from or to Dublin), "DUB-JFK", "DUB-" or "-JFK".
class ScheduleFlightFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ScheduleFlightFilter(QObject *parent = nullptr);

    void setRoute(const QString &route);
    void setStatus(std::optional<FlightStatus> status); // nullopt: every status

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_origin;      // both empty: any route
    QString m_destination;
    bool m_either = false; // one code without a dash: origin or destination
    std::optional<FlightStatus> m_status;
};

} // namespace kiosk::ui
