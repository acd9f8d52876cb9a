// The supervisor's report screen, offscreen on SQLite and PostgreSQL: it shows exactly the
// figures the core computes for the hand-built data set (tests/support/ReportDataSet.h),
// sorts the flights as numbers, works from the keyboard, and shows the refusal to an agent.
#include "Euros.h"
#include "BackendFixture.h"
#include "ReportDataSet.h"
#include "reporting/ReportService.h"
#include "reports/FlightSalesModel.h"
#include "reports/KpiCard.h"
#include "reports/ReportsView.h"

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

const Actor Sue{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor};

class ReportsViewTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        ASSERT_FALSE(HasFailure());
        ASSERT_TRUE(data.build(*db, *service)); // the fixture's own flight departs in two days, far from March 2026
    }

    // The view as `asking` sees it, shown, with the data set's two days picked.
    std::unique_ptr<ReportsView> view(ReportService &reports, const Actor &asking = Sue)
    {
        auto v = std::make_unique<ReportsView>(reports, asking);
        v->resize(1280, 800);
        v->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(v.get()));
        v->setPeriod(ReportDataSet::day1(), ReportDataSet::day2());
        return v;
    }

    static QList<qreal> barValues(QChartView *view)
    {
        const auto series = view->chart()->series();
        if (series.isEmpty())
            return {};
        auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
        if (!bars || bars->barSets().isEmpty())
            return {};
        QList<qreal> values;
        for (int i = 0; i < bars->barSets().first()->count(); ++i)
            values << bars->barSets().first()->at(i);
        return values;
    }

    ReportDataSet data;
};

TEST_P(ReportsViewTest, ShowsTheFiguresTheCoreComputes)
{
    ReportService reports(*db);
    auto v = view(reports);
    QAbstractItemModelTester tester(v->flightModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QTest::mouseClick(v->showButton(), Qt::LeftButton);
    ASSERT_TRUE(v->report().has_value()) << v->messageLabel()->text().toStdString();
    auto expected = reports.report(Sue, ReportPeriod::between(ReportDataSet::day1(), ReportDataSet::day2()).value());
    ASSERT_TRUE(expected.ok());

    // Funnel 7/7/4/4 and the states in the table's order; the charts list them bottom-up.
    EXPECT_EQ(barValues(v->funnelView()), (QList<qreal>{4, 4, 7, 7}));
    QList<qreal> states;
    for (auto it = expected->states.crbegin(); it != expected->states.crend(); ++it)
        states << qreal(it->second);
    EXPECT_EQ(barValues(v->statesView()), states);
    EXPECT_EQ(states, (QList<qreal>{1, 1, 1, 3, 0, 1, 0})); // REFUNDED .. INITIATED

    // Money per day in euros: 207.00 on day 1, 34.00 on day 2.
    const auto lines = v->revenueView()->chart()->series();
    ASSERT_EQ(lines.size(), 1);
    const QList<QPointF> points = qobject_cast<QLineSeries *>(lines.first())->points();
    ASSERT_EQ(points.size(), 2);
    EXPECT_DOUBLE_EQ(points[0].y(), 207.0);
    EXPECT_DOUBLE_EQ(points[1].y(), 34.0);

    // The key figures as cards: the core's numbers, written as the language writes them.
    const auto value = [&v](ReportsView::Kpi kpi) { return v->card(kpi)->value()->text(); };
    const auto detail = [&v](ReportsView::Kpi kpi) { return v->card(kpi)->detail()->text(); };
    EXPECT_EQ(value(ReportsView::BookingsMade), QLocale().toString(expected->funnel.initiated));
    EXPECT_EQ(value(ReportsView::BookingsMade), QStringLiteral("7"));
    EXPECT_EQ(value(ReportsView::Confirmed), QLocale().toString(expected->funnel.confirmed));
    EXPECT_EQ(value(ReportsView::Confirmed), QStringLiteral("4"));
    EXPECT_EQ(value(ReportsView::PaymentSuccess), QStringLiteral("80.0 %"));
    EXPECT_EQ(*expected->paymentSuccessRate(), 0.8);
    EXPECT_EQ(detail(ReportsView::PaymentSuccess), QStringLiteral("4 approved of 5 tried"));
    EXPECT_EQ(value(ReportsView::ExpiredHolds), QStringLiteral("14.3 %"));
    EXPECT_EQ(detail(ReportsView::ExpiredHolds), QStringLiteral("1 expired of 7 placed"));
    ASSERT_EQ(expected->totalRevenue().size(), 1);
    EXPECT_EQ(value(ReportsView::MoneyIn), ui::localMoney(expected->totalRevenue().first()));
    EXPECT_EQ(value(ReportsView::MoneyIn), eur(24100));
    EXPECT_EQ(v->card(ReportsView::PaymentSuccess)->accessibleName(),
              QStringLiteral("Payment success: 80.0 % (4 approved of 5 tried)"));

    QAbstractItemModel *table = v->flightTable()->model();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->index(0, FlightSalesModel::FlightColumn).data().toString(), QStringLiteral("KX501/2026-03-10"));
    EXPECT_EQ(table->index(0, FlightSalesModel::SoldColumn).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(table->index(0, FlightSalesModel::CapacityColumn).data().toString(), QStringLiteral("59"));
    EXPECT_EQ(table->index(0, FlightSalesModel::LoadColumn).data().toString(), QStringLiteral("6.8 %"));
    EXPECT_EQ(table->index(0, FlightSalesModel::RevenueColumn).data().toString(), eur(19600));
    EXPECT_EQ(table->index(1, FlightSalesModel::RevenueColumn).data().toString(), eur(4500));
}

TEST_P(ReportsViewTest, FlightsSortAsNumbersAndTheKeyboardPicksThePeriod)
{
    ReportService reports(*db);
    auto v = view(reports);
    // Type the last day and press Enter in the field: the view shows that one day.
    v->fromEdit()->setFocus();
    v->fromEdit()->setDate(ReportDataSet::day2());
    QTest::keyClick(v->fromEdit(), Qt::Key_Return);
    ASSERT_TRUE(v->report().has_value()) << v->messageLabel()->text().toStdString();
    EXPECT_EQ(v->report()->funnel.initiated, 3);
    v->setPeriod(ReportDataSet::day1(), ReportDataSet::dayAfter());
    QTest::keyClick(v->toEdit(), Qt::Key_F5);
    ASSERT_TRUE(v->report().has_value());
    ASSERT_EQ(v->flightTable()->model()->rowCount(), 3);

    // Revenue, descending: 196.00 > 70.00 > 45.00 (as text "EUR 45.00" would sort above "EUR 196.00").
    v->flightTable()->sortByColumn(FlightSalesModel::RevenueColumn, Qt::DescendingOrder);
    QAbstractItemModel *table = v->flightTable()->model();
    EXPECT_EQ(table->index(0, FlightSalesModel::FlightColumn).data().toString(), QStringLiteral("KX501/2026-03-10"));
    EXPECT_EQ(table->index(1, FlightSalesModel::FlightColumn).data().toString(), QStringLiteral("KX503/2026-03-12"));
    EXPECT_EQ(table->index(2, FlightSalesModel::FlightColumn).data().toString(), QStringLiteral("KX502/2026-03-11"));
    v->flightTable()->sortByColumn(FlightSalesModel::LoadColumn, Qt::AscendingOrder);
    EXPECT_EQ(table->index(0, FlightSalesModel::FlightColumn).data().toString(), QStringLiteral("KX502/2026-03-11"));

    // From after to: the core's reason, nothing shown.
    v->setPeriod(ReportDataSet::day2(), ReportDataSet::day1());
    QTest::mouseClick(v->showButton(), Qt::LeftButton);
    EXPECT_FALSE(v->report().has_value());
    EXPECT_TRUE(v->messageLabel()->text().startsWith(QStringLiteral("The report period starts after it ends")))
        << v->messageLabel()->text().toStdString();
    EXPECT_EQ(v->flightTable()->model()->rowCount(), 0);
}

TEST_P(ReportsViewTest, AnAgentSeesTheRefusalAndNoFigures)
{
    ReportService reports(*db);
    auto v = view(reports, Actor{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent});
    QTest::mouseClick(v->showButton(), Qt::LeftButton);
    EXPECT_FALSE(v->report().has_value());
    EXPECT_TRUE(v->messageLabel()->isVisible());
    EXPECT_TRUE(v->messageLabel()->text().startsWith(QStringLiteral("View reports is not allowed for role agent")))
        << v->messageLabel()->text().toStdString();
    for (int kpi = 0; kpi < ReportsView::KpiCount; ++kpi)
        EXPECT_EQ(v->card(ReportsView::Kpi(kpi))->value()->text(), QStringLiteral("–"));
    EXPECT_EQ(v->flightTable()->model()->rowCount(), 0);
    EXPECT_TRUE(v->funnelView()->chart()->series().isEmpty());
}

TEST_P(ReportsViewTest, TheCardsWriteNumbersPercentAndMoneyAsTheLanguageDoes)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ReportService reports(*db);
    auto v = view(reports);
    const bool shown = v->refresh();
    QLocale::setDefault(before);
    ASSERT_TRUE(shown) << v->messageLabel()->text().toStdString();
    EXPECT_EQ(v->card(ReportsView::PaymentSuccess)->value()->text(), QStringLiteral("80,0 %"));
    EXPECT_EQ(v->card(ReportsView::ExpiredHolds)->value()->text(), QStringLiteral("14,3 %"));
    EXPECT_EQ(v->card(ReportsView::MoneyIn)->value()->text(), QStringLiteral("241,00\u00a0EUR"));
}

KIOSK_ON_BOTH_BACKENDS(ReportsViewTest);

} // namespace
