#pragma once

#include "domain/Actor.h"
#include "domain/SalesReport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kiosk {
class ReportService;
}

namespace kiosk::ui {

class FlightSalesModel;
class KpiCard;

// The supervisor's sales report: a period picked with two date fields (type a date, or
// Alt+Down for a calendar; Enter or F5 shows it), the key figures as a row of cards, the funnel,
// the state distribution and the money per day as charts, and the flights in a sortable
// table. The figures are exactly what ReportService computes for `asking` (checked and
// logged as that user); a role without the right sees the core's refusal and nothing else.
class ReportsView : public QWidget {
    Q_OBJECT
public:
    enum Kpi { BookingsMade, Confirmed, PaymentSuccess, ExpiredHolds, MoneyIn, KpiCount };

    ReportsView(ReportService &service, Actor asking, QWidget *parent = nullptr);

    const Actor &asking() const { return m_asking; }
    void setPeriod(QDate from, QDate to);
    // Asks the core for the picked period; false (and the reason on screen) on a refusal
    // or an error.
    bool refresh();
    const std::optional<SalesReport> &report() const { return m_report; }

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *showButton() const { return m_show; }
    KpiCard *card(Kpi kpi) const { return m_cards[kpi]; }
    QWidget *cardRow() const { return m_cardRow; }
    QLabel *messageLabel() const { return m_message; }
    QTableView *flightTable() const { return m_table; }
    FlightSalesModel *flightModel() const { return m_flights; }
    QChartView *funnelView() const { return m_funnel; }
    QChartView *statesView() const { return m_states; }
    QChartView *revenueView() const { return m_revenue; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void display(const SalesReport &report);
    void clear(const QString &message);
    static QChartView *chartView(const QString &accessibleName);

    ReportService &m_service;
    const Actor m_asking;
    std::optional<SalesReport> m_report;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_show;
    QWidget *m_cardRow;
    KpiCard *m_cards[KpiCount];
    QLabel *m_message;
    QChartView *m_funnel;
    QChartView *m_states;
    QChartView *m_revenue;
    FlightSalesModel *m_flights;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
};

} // namespace kiosk::ui
