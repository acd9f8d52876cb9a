#include "ReportsView.h"

#include "FlightSalesModel.h"
#include "KpiCard.h"
#include "ReportCharts.h"
#include "reporting/ReportService.h"
#include "widgets/DayEdit.h"
#include "widgets/LocalMoney.h"
#include "widgets/UiText.h"

#include <QChartView>
#include <QLocale>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>

namespace kiosk::ui {

namespace {

QString percent(std::optional<double> ratio)
{
    return ratio ? ReportsView::tr("%1 %").arg(QLocale().toString(*ratio * 100.0, 'f', 1)) : ReportsView::tr("–");
}

} // namespace

ReportsView::ReportsView(ReportService &service, Actor asking, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_asking(std::move(asking)),
      m_from(dayEdit(tr("First day of the report"))),
      m_to(dayEdit(tr("Last day of the report"))),
      m_show(new QPushButton(tr("&Show"))),
      m_cardRow(new QWidget),
      m_message(new QLabel),
      m_funnel(chartView(tr("Booking funnel chart"))),
      m_states(chartView(tr("Booking states chart"))),
      m_revenue(chartView(tr("Money per day chart"))),
      m_flights(new FlightSalesModel(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView)
{
    setObjectName(QStringLiteral("reportsView"));
    setAccessibleName(tr("Sales report"));
    m_show->setObjectName(QStringLiteral("showReportButton"));
    m_show->setToolTip(tr("Show the report for these days (Enter, F5)"));
    m_cardRow->setObjectName(QStringLiteral("reportCards"));
    m_cardRow->setAccessibleName(tr("Key figures"));
    auto *cards = new QHBoxLayout(m_cardRow);
    cards->setContentsMargins(0, 0, 0, 0);
    const QString captions[KpiCount] = {tr("Bookings made"), tr("Confirmed"), tr("Payment success"), tr("Expired holds"),
                                        tr("Money in")};
    for (int kpi = 0; kpi < KpiCount; ++kpi) {
        m_cards[kpi] = new KpiCard(captions[kpi], m_cardRow);
        cards->addWidget(m_cards[kpi]);
    }
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setAccessibleName(tr("Report message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_sorted->setSourceModel(m_flights);
    m_sorted->setSortRole(FlightSalesModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setObjectName(QStringLiteral("flightSalesTable"));
    m_table->setAccessibleName(tr("Load factor and revenue per flight"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FlightSalesModel::DepartureColumn, Qt::AscendingOrder);
    m_table->setColumnHidden(FlightSalesModel::StatusColumn, true); // for the Schedule tab; seven columns fit here
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"));
    toLabel->setBuddy(m_to);
    for (QLabel *label : {fromLabel, toLabel}) // offscreen, "&To" measured a pixel short and lost its "o"
        label->setMinimumWidth(label->sizeHint().width() + 4);
    auto *period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addSpacing(8);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addSpacing(8);
    period->addWidget(m_show);
    period->addWidget(new QLabel(tr("UTC days, both included")));
    period->addStretch();

    auto *grid = new QGridLayout;
    grid->addWidget(m_funnel, 0, 0);
    grid->addWidget(m_states, 0, 1);
    grid->addWidget(m_revenue, 1, 0);
    grid->addWidget(m_table, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3); // the table needs the width of its seven columns

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_message);
    layout->addWidget(m_cardRow);
    layout->addLayout(grid, 1);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_show);
    setTabOrder(m_show, m_table);

    connect(m_show, &QPushButton::clicked, this, [this] { refresh(); });
    auto *again = new QShortcut(QKeySequence::Refresh, this);
    again->setContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QShortcut::activated, this, [this] { refresh(); });

    auto fallback = m_service.defaultPeriod();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    setPeriod(fallback ? fallback->from() : today.addDays(1 - ReportPeriod::DefaultDays),
              fallback ? fallback->to() : today);
    clear(tr("Pick the days and press Show."));
}

QChartView *ReportsView::chartView(const QString &accessibleName)
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumSize(320, 220);
    return view;
}

void ReportsView::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

bool ReportsView::refresh()
{
    auto period = ReportPeriod::between(m_from->date(), m_to->date());
    if (!period) {
        clear(sentence(period.error().message));
        return false;
    }
    auto report = m_service.report(m_asking, *period);
    if (!report) {
        clear(sentence(report.error().message));
        return false;
    }
    display(*report);
    return true;
}

void ReportsView::display(const SalesReport &report)
{
    m_report = report;
    m_message->hide();
    const QLocale locale;
    QStringList money;
    for (const Money &amount : report.totalRevenue())
        money << localMoney(amount);
    m_cards[BookingsMade]->set(locale.toString(report.funnel.initiated),
                               tr("%1 to %2").arg(locale.toString(report.period.from(), QLocale::ShortFormat),
                                                  locale.toString(report.period.to(), QLocale::ShortFormat)));
    m_cards[Confirmed]->set(locale.toString(report.funnel.confirmed));
    m_cards[PaymentSuccess]->set(percent(report.paymentSuccessRate()),
                                 tr("%1 approved of %2 tried")
                                     .arg(locale.toString(report.paymentsApproved), locale.toString(report.paymentAttempts)));
    m_cards[ExpiredHolds]->set(percent(report.expiredHoldRate()),
                               tr("%1 expired of %2 placed")
                                   .arg(locale.toString(report.holdsExpired), locale.toString(report.holdsPlaced)));
    m_cards[MoneyIn]->set(money.isEmpty() ? tr("none") : money.join(QLatin1Char('\n')), tr("captured minus refunded"));
    m_funnel->setChart(ReportCharts::funnel(report));
    m_states->setChart(ReportCharts::states(report));
    m_revenue->setChart(ReportCharts::revenuePerDay(report));
    m_flights->setFlights(report.flights);
}

void ReportsView::clear(const QString &message)
{
    m_report.reset();
    m_message->setText(message);
    m_message->show();
    for (KpiCard *card : m_cards)
        card->clear();
    m_flights->setFlights({});
    for (QChartView *view : {m_funnel, m_states, m_revenue})
        view->setChart(new QChart); // setChart deletes the chart it had
}

void ReportsView::keyPressEvent(QKeyEvent *event)
{
    // A date field passes Enter on once it has taken the typed date: show that period.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        refresh();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kiosk::ui
