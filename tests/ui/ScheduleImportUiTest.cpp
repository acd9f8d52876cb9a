// Import schedule… in the admin's Schedule tab, on real widgets, on SQLite and PostgreSQL:
// the dry run on its own thread and connection counts what would change and changes
// nothing; Apply imports exactly the file the dry run read (a file changed since is refused);
// a malformed, empty or missing file gets its message and changes nothing; a supervisor
// cannot start an import.
#include "ScheduleTabFixture.h"
#include "SqlProbe.h"
#include "SsimBuilder.h"

#include "agent/AgentWindow.h"
#include "agent/LegChangeModel.h"
#include "agent/ScheduleImportDialog.h"
#include "agent/ScheduleView.h"
#include "auth/UserAdministration.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/ScheduleDesk.h"
#include "schedule/ScheduleImporter.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

using Figure = ScheduleImportDialog::Figure;

class ScheduleImportUiTest : public ScheduleTabFixture {
protected:
    void SetUp() override
    {
        ScheduleTabFixture::SetUp();
        ASSERT_TRUE(folder.isValid());
    }

    // XX100 daily for `days` days from ten days ahead.
    SsimBuilder::Leg leg(int days = 3) const
    {
        return SsimBuilder::Leg::daily(firstDay, days);
    }

    QString write(const QByteArray &content, const QString &name = QStringLiteral("summer.ssim"))
    {
        const QString path = folder.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    // Waits for the dialog's dry run or import to end (it runs on a thread of its own).
    static void waitForRun(ScheduleImportDialog *dialog)
    {
        ASSERT_NE(dialog, nullptr);
        QSignalSpy finished(dialog, &ScheduleImportDialog::runFinished);
        if (dialog->isRunning()) {
            ASSERT_TRUE(finished.wait(60000));
        }
    }

    qint64 importedFlights() { return countRows(*db, QStringLiteral("flights"), QStringLiteral("carrier = 'XX'")); }

    QDate firstDay = QDate::currentDate().addDays(10);
    QTemporaryDir folder;
};

TEST_P(ScheduleImportUiTest, TheDryRunCountsAndChangesNothingThenApplyImports)
{
    ScheduleView *view = signInToSchedule(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->importButton()->isEnabled());
    const QString path = write(SsimBuilder().add(leg(3)).build());
    const QString before = dumpDatabase(*db);

    view->importSchedule(path);
    ScheduleImportDialog *dialog = view->importDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isRunning());
    EXPECT_FALSE(dialog->applyButton()->isEnabled()); // not before the dry run has shown what it does
    waitForRun(dialog);
    EXPECT_EQ(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    EXPECT_TRUE(dialog->headline()->text().startsWith(QStringLiteral("Dry run of the schedule of ssim:XX (3 leg(s))")))
        << dialog->headline()->text().toStdString();
    EXPECT_EQ(dialog->figure(Figure::Added)->text(), QStringLiteral("3"));
    EXPECT_EQ(dialog->figure(Figure::Changed)->text(), QStringLiteral("0"));
    EXPECT_EQ(dialog->figure(Figure::Cancelled)->text(), QStringLiteral("0"));
    EXPECT_EQ(dialog->figure(Figure::Opened)->text(), QStringLiteral("3"));
    EXPECT_EQ(dialog->figure(Figure::Warnings)->text(), QStringLiteral("none"));
    EXPECT_EQ(dialog->changes()->rowCount(), 0);
    EXPECT_EQ(dumpDatabase(*db), before); // the dry run changed nothing

    ASSERT_TRUE(dialog->applyButton()->isEnabled());
    QSignalSpy imported(view, &ScheduleView::scheduleImported);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    waitForRun(dialog);
    EXPECT_EQ(imported.count(), 1);
    EXPECT_EQ(importedFlights(), 3);
    EXPECT_EQ(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    EXPECT_TRUE(dialog->headline()->text().startsWith(QStringLiteral("The schedule of ssim:XX (3 leg(s)) is imported.")));
    EXPECT_FALSE(dialog->applyButton()->isEnabled()); // a second import needs its own dry run
    EXPECT_EQ(view->messageLabel()->text(), QStringLiteral("Schedule imported: 3 flight(s) added, 0 changed, 0 "
                                                           "cancelled. 0 new disruption(s) wait in the Disruptions tab."));
}

TEST_P(ScheduleImportUiTest, TheChangedLegsAreListedAndAFileChangedSinceTheDryRunIsRefused)
{
    ASSERT_TRUE(ScheduleImporter(*db, Actor{QStringLiteral("setup"), QStringLiteral("planner"), Role::Admin})
                    .importSsim(SsimBuilder().add(leg(2)).build(), {})
                    .ok());
    ScheduleView *view = signInToSchedule(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);
    SsimBuilder::Leg later = leg(1);
    later.departure = QStringLiteral("1000"), later.arrival = QStringLiteral("1120");
    const QString path = write(SsimBuilder().add(later).build());
    const QString before = dumpDatabase(*db);

    view->importSchedule(path);
    ScheduleImportDialog *dialog = view->importDialog();
    waitForRun(dialog);
    EXPECT_EQ(dialog->figure(Figure::Changed)->text(), QStringLiteral("1"));
    EXPECT_EQ(dialog->figure(Figure::Added)->text(), QStringLiteral("0"));
    ASSERT_EQ(dialog->changes()->rowCount(), 1);
    const auto cell = [&](int column) { return dialog->changes()->index(0, column).data().toString(); };
    EXPECT_EQ(cell(LegChangeModel::FlightColumn), QStringLiteral("XX100/%1").arg(firstDay.toString(Qt::ISODate)));
    EXPECT_EQ(cell(LegChangeModel::ChangeColumn), QStringLiteral("Retimed"));
    EXPECT_TRUE(cell(LegChangeModel::DetailColumn).startsWith(QStringLiteral("departs "))) << cell(2).toStdString();
    ASSERT_TRUE(dialog->applyButton()->isEnabled());

    // The file is replaced between the dry run and Apply: refused, nothing changed.
    SsimBuilder::Leg other = later;
    other.departure = QStringLiteral("1100"), other.arrival = QStringLiteral("1220");
    write(SsimBuilder().add(other).build());
    EXPECT_FALSE(dialog->startApply());
    EXPECT_EQ(dialog->headline()->text(), QStringLiteral("The file changed on disk after the dry run. Run the dry run "
                                                         "again to see what it would change now."));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_TRUE(dialog->dryRunButton()->isEnabled());
    EXPECT_EQ(dumpDatabase(*db), before);
}

TEST_P(ScheduleImportUiTest, AMalformedEmptyOrMissingFileIsExplainedAndChangesNothing)
{
    ScheduleView *view = signInToSchedule(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);
    const QString before = dumpDatabase(*db);
    SsimBuilder::Leg broken = leg(5);
    broken.days = QStringLiteral("1234X67");
    const QString malformed = write(SsimBuilder().add(leg(5)).add(broken).build());

    view->importSchedule(malformed);
    ScheduleImportDialog *dialog = view->importDialog();
    waitForRun(dialog);
    EXPECT_TRUE(dialog->headline()->text().startsWith(QStringLiteral("Line 12, columns 29-35: days of operation \"1234X67\"")))
        << dialog->headline()->text().toStdString();
    EXPECT_TRUE(dialog->headline()->text().endsWith(QStringLiteral("Nothing was changed.")));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_TRUE(dialog->figure(Figure::Added)->text().isEmpty());

    view->importSchedule(write(QByteArray(), QStringLiteral("empty.ssim")));
    dialog = view->importDialog();
    waitForRun(dialog);
    EXPECT_EQ(dialog->headline()->text(),
              QStringLiteral("The file is empty; an SSIM file starts with a header record. Nothing was changed."));

    view->importSchedule(folder.filePath(QStringLiteral("gone.ssim")));
    dialog = view->importDialog();
    EXPECT_FALSE(dialog->isRunning());
    EXPECT_TRUE(dialog->headline()->text().startsWith(QStringLiteral("Cannot read ")))
        << dialog->headline()->text().toStdString();
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_EQ(dumpDatabase(*db), before);
}

TEST_P(ScheduleImportUiTest, ASupervisorCannotStartAnImport)
{
    ScheduleView *view = signInToSchedule(QStringLiteral("sue"));
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(view->importButton()->isEnabled());
    EXPECT_EQ(view->importButton()->toolTip(),
              QStringLiteral("Import schedules is not allowed for role supervisor (user sue; needs admin or higher)."));
    view->importSchedule(write(SsimBuilder().add(leg(1)).build()));
    EXPECT_EQ(view->importDialog(), nullptr);
    // The core refuses anyway, on the import's own connection, and nothing changes.
    auto refused = desk->importJob().importSsim(SsimBuilder().add(leg(1)).build(), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("actor = 'sue' AND action = 'import schedules' AND outcome = 'denied'")),
              1);
    EXPECT_EQ(importedFlights(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScheduleImportUiTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
