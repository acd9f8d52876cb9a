#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kiosk {

// One row of sales_cutoffs: an airline's cut-off (route empty) or a route's ("DUB-LHR").
struct SalesCutoffRow {
    QString carrier;
    QString route;
    int closesMinutes = 0;
};

// When a flight stops being sold: `closesMinutes` before departure, since a traveller
// buying later could not check in, drop bags and reach the gate. The airline may set it per
// airline or route (sales_cutoffs, the route's wins); otherwise the standard below applies.
struct SalesCutoff {
    static constexpr int StandardClosesMinutes = 60;
    static constexpr int MaxClosesMinutes = 7 * 24 * 60; // a week ahead is already a closed flight

    int closesMinutes = StandardClosesMinutes;

    QDateTime closesAt(const QDateTime &departureUtc) const { return departureUtc.addSecs(-60LL * closesMinutes); }
    bool isOpen(const QDateTime &departureUtc, const QDateTime &nowUtc) const { return nowUtc < closesAt(departureUtc); }

    // The route's row ("DUB-LHR"), else the airline's, else the standard.
    static SalesCutoff forFlight(const QList<SalesCutoffRow> &rows, const QString &carrier, const QString &origin,
                                 const QString &destination)
    {
        const QString route = origin + QLatin1Char('-') + destination;
        SalesCutoff cutoff;
        for (const SalesCutoffRow &row : rows) {
            if (row.carrier != carrier)
                continue;
            if (row.route == route)
                return SalesCutoff{row.closesMinutes};
            if (row.route.isEmpty())
                cutoff.closesMinutes = row.closesMinutes;
        }
        return cutoff;
    }
};

} // namespace kiosk
