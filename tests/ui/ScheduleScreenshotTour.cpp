#include "ScheduleScreenshotTour.h"

#include "AgentScreenshotTour.h"

#include "agent/AgentWindow.h"
#include "agent/CancelFlightDialog.h"
#include "agent/ChangeAircraftDialog.h"
#include "agent/FlightPricesDialog.h"
#include "agent/FlightSeatPanel.h"
#include "agent/ScheduleView.h"
#include "domain/Flight.h"
#include "models/SeatMapModel.h"
#include "widgets/SeatMapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace kiosk::test {

namespace {
void blockSeats(ui::FlightSeatPanel *seats, const QString &codes, const QString &reason, bool deskOnly)
{
    seats->seatsField()->setText(codes);
    seats->reasonField()->setText(reason);
    seats->deskOnlyBox()->setChecked(deskOnly);
    if (!seats->block())
        qFatal("the tour's block of %s was refused", qPrintable(codes));
}
} // namespace

void showScheduleTab(ui::AgentWindow &window, const Flight &flight, const QString &outDir)
{
    auto *view = window.findChild<ui::ScheduleView *>();
    if (!view)
        qFatal("no Schedule tab for the admin");
    window.tabs()->setCurrentWidget(view);
    QTest::keyClicks(view->routeField(), QStringLiteral("DUB-"));
    if (!view->chooseFlight(flight.key()))
        qFatal("the tour's flight is not in the Schedule tab");
    ui::FlightSeatPanel *seats = view->seatPanel();
    blockSeats(seats, QStringLiteral("21A 21B"), QStringLiteral("broken recline"), false);
    blockSeats(seats, QStringLiteral("22C"), QStringLiteral("passenger in a wheelchair"), true);
    seats->seatView()->setFocus();
    seats->seatView()->setCurrentIndex(seats->seatModel()->indexOf(QStringLiteral("12A")));
    save(&window, outDir, QStringLiteral("agent-17-schedule"));

    seats->reasonField()->setText(QStringLiteral("crew rest"));
    seats->block(); // 12A is sold: refused with the booking's reference
    save(&window, outDir, QStringLiteral("agent-17a-schedule-block-refused"));

    view->openPrices();
    ui::FlightPricesDialog *prices = view->pricesDialog();
    if (!prices)
        qFatal("no prices dialog");
    prices->characteristicBox()->setCurrentIndex(prices->characteristicBox()->findData(QStringLiteral("exit_row")));
    prices->surchargeField()->setText(QStringLiteral("20.00"));
    if (!prices->setSurcharge())
        qFatal("the tour's surcharge was refused");
    save(prices, outDir, QStringLiteral("agent-17d-prices"));
    prices->close();

    view->openAircraftChange();
    ui::ChangeAircraftDialog *change = view->aircraftDialog();
    if (!change)
        qFatal("no change of aircraft dialog");
    change->layoutBox()->setCurrentIndex(change->layoutBox()->findData(QStringLiteral("A321neo")));
    if (!change->preview())
        qFatal("the tour's preview of a change of aircraft was refused");
    save(change, outDir, QStringLiteral("agent-17e-change-aircraft"));
    change->close();

    view->askToCancelFlight();
    ui::CancelFlightDialog *cancel = view->cancelDialog();
    if (!cancel)
        qFatal("no confirmation for the cancellation");
    cancel->reasonField()->setText(QStringLiteral("aircraft unserviceable"));
    save(cancel, outDir, QStringLiteral("agent-17b-cancel-flight"));
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    save(&window, outDir, QStringLiteral("agent-17c-flight-cancelled"));
}

} // namespace kiosk::test
