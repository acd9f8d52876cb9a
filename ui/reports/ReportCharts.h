#pragma once

#include "domain/SalesReport.h"

#include <QCoreApplication>

class QChart;

namespace kiosk::ui {

// Builds the report's charts (Qt Charts) from a SalesReport: the funnel and the state
// distribution as horizontal bars, and money per day as a line per currency. Each call
// returns a new chart for a QChartView to own.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    static QChart *funnel(const SalesReport &report);
    static QChart *states(const SalesReport &report);
    static QChart *revenuePerDay(const SalesReport &report);
    // "Seat held", "Confirmed", ...: a state as people read it.
    static QString stateLabel(BookingState state);

private:
    static QChart *newChart(const QString &title);
    // One bar per state, the first entry at the bottom, with its count beside it.
    static QChart *horizontalBars(QChart *chart, const QList<QPair<BookingState, qint64>> &bottomUp);
};

} // namespace kiosk::ui
