#include "ScheduleImportScreenshotTour.h"

#include "AgentScreenshotTour.h"
#include "SsimBuilder.h"

#include "agent/AgentWindow.h"
#include "agent/ScheduleImportDialog.h"
#include "agent/ScheduleView.h"
#include "booking/BookingService.h"
#include "schedule/ScheduleImporter.h"
#include "storage/FlightRepository.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace kiosk::test {

namespace {

// XX`number` from `origin` to `destination` daily for five days from a week ahead (UTC+1 both ends).
SsimBuilder::Leg weekLeg(const QString &number, const QString &origin, const QString &destination,
                         const QString &departure, const QString &arrival)
{
    const QDate first = QDate::currentDate().addDays(7);
    SsimBuilder::Leg leg;
    leg.number = number;
    leg.from = ssimDate(first);
    leg.to = ssimDate(first.addDays(4));
    leg.origin = origin;
    leg.destination = destination;
    leg.departure = departure;
    leg.arrival = arrival;
    return leg;
}

void hold(BookingService &service, Database &db, int number, int day, const QString &seat, const QString &name)
{
    auto flight = FlightRepository(db).find(FlightRef{0, QStringLiteral("XX"), number, QDate::currentDate().addDays(7 + day)});
    if (!flight)
        qFatal("the tour's XX%d is missing", number);
    HoldRequest request;
    request.flight = FlightRef::byId(flight->id);
    request.seats << *SeatCode::parse(seat);
    request.passengers << name;
    if (!service.hold(request))
        qFatal("the tour's hold on XX%d was refused", number);
}

} // namespace

void showScheduleImport(ui::AgentWindow &window, Database &db, BookingService &service, const QString &outDir)
{
    const SsimBuilder::Leg london = weekLeg(QStringLiteral("310"), QStringLiteral("DUB"), QStringLiteral("LHR"),
                                            QStringLiteral("0700"), QStringLiteral("0820"));
    const SsimBuilder::Leg back = weekLeg(QStringLiteral("311"), QStringLiteral("LHR"), QStringLiteral("DUB"),
                                          QStringLiteral("0900"), QStringLiteral("1020"));
    const SsimBuilder::Leg paris = weekLeg(QStringLiteral("314"), QStringLiteral("DUB"), QStringLiteral("CDG"),
                                           QStringLiteral("1100"), QStringLiteral("1350"));
    const Actor planner = Actor::builtInOperator(QStringLiteral("planner"));
    if (!ScheduleImporter(db, planner).importSsim(SsimBuilder().add(london).add(back).add(paris).build(), {}))
        qFatal("the tour's summer schedule was refused");
    hold(service, db, 310, 2, QStringLiteral("14A"), QStringLiteral("Lise Meitner"));
    hold(service, db, 311, 0, QStringLiteral("6C"), QStringLiteral("Chien-Shiung Wu"));

    // The next version: XX310 no longer on its third day, XX311 two hours later, XX314 on an
    // A321, and a new XX316 to Amsterdam.
    SsimBuilder::Leg fewerDays = london;
    const int dropped = QDate::currentDate().addDays(9).dayOfWeek();
    fewerDays.days[dropped - 1] = QLatin1Char(' ');
    SsimBuilder::Leg later = back;
    later.departure = QStringLiteral("1100"), later.arrival = QStringLiteral("1220");
    SsimBuilder::Leg bigger = paris;
    bigger.aircraft = QStringLiteral("321");
    bigger.configuration = QStringLiteral("J16Y184");
    const SsimBuilder::Leg amsterdam = weekLeg(QStringLiteral("316"), QStringLiteral("DUB"), QStringLiteral("AMS"),
                                               QStringLiteral("1300"), QStringLiteral("1545"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("XX-winter.ssim"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(SsimBuilder().add(fewerDays).add(later).add(bigger).add(amsterdam).build()) < 0)
        qFatal("cannot write the tour's schedule file");
    file.close();

    auto *view = window.findChild<ui::ScheduleView *>();
    if (!view)
        qFatal("no Schedule tab for the admin");
    window.tabs()->setCurrentWidget(view);
    view->importSchedule(path);
    ui::ScheduleImportDialog *dialog = view->importDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return !dialog->isRunning(); }, 60000))
        qFatal("the tour's dry run never finished");
    if (!dialog->applyButton()->isEnabled())
        qFatal("the tour's dry run failed: %s", qPrintable(dialog->headline()->text()));
    save(dialog, outDir, QStringLiteral("agent-17f-schedule-import-dry-run"));
    dialog->close();
}

} // namespace kiosk::test
