#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

namespace kiosk::ui {

namespace {

// A count axis from 0 with whole-number ticks, a little headroom for the bar labels.
QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, double(qMax<qint64>(1, largest)) * 1.15);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QString ReportCharts::stateLabel(BookingState state)
{
    switch (state) {
    case BookingState::Initiated: return tr("Initiated");
    case BookingState::SeatHeld: return tr("Seat held");
    case BookingState::PaymentPending: return tr("Payment pending");
    case BookingState::Confirmed: return tr("Confirmed");
    case BookingState::Expired: return tr("Expired");
    case BookingState::Cancelled: return tr("Cancelled");
    case BookingState::Refunded: return tr("Refunded");
    }
    return bookingStateName(state);
}

QChart *ReportCharts::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // figures, not a show: draw at once
    return chart;
}

QChart *ReportCharts::funnel(const SalesReport &report)
{
    QChart *chart = newChart(tr("Booking funnel: bookings made in the period that reached each step"));
    // Horizontal bars, first step on top, read like a funnel; bottom to top is reversed.
    const QList<QPair<BookingState, qint64>> steps{{BookingState::Confirmed, report.funnel.confirmed},
                                                   {BookingState::PaymentPending, report.funnel.paymentPending},
                                                   {BookingState::SeatHeld, report.funnel.seatHeld},
                                                   {BookingState::Initiated, report.funnel.initiated}};
    return horizontalBars(chart, steps);
}

QChart *ReportCharts::states(const SalesReport &report)
{
    QChart *chart = newChart(tr("State now of the bookings made in the period"));
    QList<QPair<BookingState, qint64>> states;
    for (auto it = report.states.crbegin(); it != report.states.crend(); ++it) // the table's order, top down
        states << *it;
    return horizontalBars(chart, states);
}

QChart *ReportCharts::horizontalBars(QChart *chart, const QList<QPair<BookingState, qint64>> &bottomUp)
{
    auto *set = new QBarSet(tr("Bookings"));
    QStringList names;
    qint64 largest = 0;
    for (const auto &[state, count] : bottomUp) {
        *set << double(count);
        names << stateLabel(state);
        largest = qMax(largest, count);
    }
    set->setLabelColor(QColor(0x20, 0x20, 0x20)); // the theme's default is white, for labels inside bars
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = countAxis(largest);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

QChart *ReportCharts::revenuePerDay(const SalesReport &report)
{
    QChart *chart = newChart(tr("Money per day (captured minus refunded)"));
    const QList<Money> currencies = report.totalRevenue();
    if (currencies.size() > 1)
        chart->legend()->show();
    auto *days = new QDateTimeAxis;
    days->setFormat(report.period.days() > 60 ? QStringLiteral("MMM yyyy") : QStringLiteral("dd MMM"));
    days->setTickCount(qBound(2, report.period.days(), 8));
    // Half a day of margin either side, so the first and last points are not on the frame.
    const QDateTime first(report.period.from(), QTime(0, 0), QTimeZone::utc());
    days->setRange(first.addSecs(-12 * 3600), QDateTime(report.period.to(), QTime(12, 0), QTimeZone::utc()));
    chart->addAxis(days, Qt::AlignBottom);
    auto *amounts = new QValueAxis;
    double low = 0, high = 1;
    for (const Money &total : currencies) {
        auto *line = new QLineSeries;
        line->setName(total.currency());
        line->setPointsVisible(true);
        const double scale = std::pow(10.0, Money::exponentOf(total.currency()));
        for (const DailySales &day : report.days) {
            qint64 minor = 0;
            for (const Money &m : day.revenue)
                if (m.currency() == total.currency())
                    minor = m.minorUnits();
            // A chart needs doubles; money itself stays integer minor units everywhere else.
            const double value = double(minor) / scale;
            low = qMin(low, value);
            high = qMax(high, value);
            line->append(double(QDateTime(day.day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()), value);
        }
        chart->addSeries(line);
        line->attachAxis(days);
    }
    amounts->setRange(low, high * 1.1);
    amounts->applyNiceNumbers();
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->setTitleText(currencies.size() == 1 ? currencies.first().currency() : tr("amount"));
    chart->addAxis(amounts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(amounts);
    return chart;
}

} // namespace kiosk::ui
