// What the Schedule tab builds on: an import tells its progress step by step and stops when
// asked, writing nothing; it lists the legs it changes with the bookings each disrupts; and
// a ScheduleImportJob imports on a thread with a connection of its own, as the signed-in user.
#include "ScheduleImportFixture.h"
#include "schedule/ScheduleImportJob.h"

#include <QThread>

#include <memory>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ScheduleImportProgressTest : public ScheduleImportFixture {
protected:
    struct Report {
        ImportStage stage;
        int done;
        int total;
    };
    // Imports `file`, noting every report; `stopAt` answers false to the first report of that stage.
    Result<ImportSummary> importNoting(const SsimBuilder &file, QList<Report> &reports, bool dryRun,
                                       std::optional<ImportStage> stopAt = std::nullopt)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        options.progress = [&](ImportStage stage, int done, int total) {
            reports.append({stage, done, total});
            return stage != stopAt;
        };
        return ScheduleImporter(*db, admin).importSsim(file.build(), options);
    }
};

TEST_P(ScheduleImportProgressTest, ProgressGoesThroughEveryStageToTheEnd)
{
    SsimBuilder::Leg other = leg(2);
    other.number = QStringLiteral("200");
    const SsimBuilder file = SsimBuilder().add(leg(3)).add(other);
    QList<Report> reports;
    auto summary = importNoting(file, reports, true);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    ASSERT_EQ(summary->legsInSchedule, 5);
    ASSERT_FALSE(reports.isEmpty());

    // Stage by stage, never backwards, each to its total; the last report is the end.
    for (qsizetype i = 1; i < reports.size(); ++i) {
        const Report &before = reports.at(i - 1), &now = reports.at(i);
        ASSERT_LE(int(before.stage), int(now.stage));
        if (before.stage == now.stage) {
            EXPECT_LE(before.done, now.done);
        }
    }
    const auto last = [&](ImportStage stage) {
        Report found{stage, -1, -1};
        for (const Report &r : std::as_const(reports))
            found = r.stage == stage ? r : found;
        return found;
    };
    // The file: header, carrier, two legs, trailer and padding to a block of five records.
    EXPECT_EQ(last(ImportStage::Reading).done, last(ImportStage::Reading).total);
    EXPECT_EQ(last(ImportStage::Reading).total, file.records().size());
    EXPECT_EQ(last(ImportStage::Comparing).done, 5);
    EXPECT_EQ(last(ImportStage::Comparing).total, 5);
    EXPECT_EQ(reports.last().stage, ImportStage::OpeningSales);
    EXPECT_EQ(reports.last().done, reports.last().total);
}

TEST_P(ScheduleImportProgressTest, AnImportStoppedByItsCallerWritesNothing)
{
    ASSERT_TRUE(import(leg(1)).ok());
    const QString snapshot = dumpDatabase(*db);
    for (ImportStage stage : {ImportStage::Reading, ImportStage::Comparing, ImportStage::OpeningSales}) {
        QList<Report> reports;
        auto stopped = importNoting(SsimBuilder().add(leg(3)), reports, false, stage);
        ASSERT_FALSE(stopped.ok()) << int(stage);
        EXPECT_EQ(stopped.error().message, importStopped().message);
        EXPECT_EQ(reports.last().stage, stage); // nothing reported after the answer
        EXPECT_EQ(dumpDatabase(*db), snapshot) << int(stage);
    }
}

TEST_P(ScheduleImportProgressTest, TheChangedLegsAreListedWithTheBookingsTheyDisrupt)
{
    ASSERT_TRUE(import(leg(3)).ok());
    ASSERT_TRUE(holdOn(imported(0), {QStringLiteral("20A")}).ok());
    ASSERT_TRUE(holdOn(imported(2), {QStringLiteral("21A")}).ok());
    // Day 0 two hours later; day 1 on a smaller aircraft; day 2 no longer operated.
    SsimBuilder::Leg later = leg(3);
    later.departure = QStringLiteral("1000"), later.arrival = QStringLiteral("1120");
    later.days = QStringLiteral("       ");
    later.days[firstDay.dayOfWeek() - 1] = QChar('0' + firstDay.dayOfWeek());
    SsimBuilder::Leg smaller = leg(1);
    smaller.from = smaller.to = ssimDate(firstDay.addDays(1));
    smaller.variation = QStringLiteral("02");
    smaller.configuration = QStringLiteral("C4Y120");
    auto summary = import(SsimBuilder().add(later).add(smaller), true);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();

    ASSERT_EQ(summary->changes.size(), 3);
    const LegChange &retimed = summary->changes.at(0);
    EXPECT_EQ(retimed.flight, imported(0).key());
    EXPECT_EQ(retimed.kind, LegChange::Kind::Retimed);
    EXPECT_EQ(retimed.departureBefore, QDateTime(firstDay, QTime(7, 0), Qt::UTC));
    EXPECT_EQ(retimed.departureAfter, QDateTime(firstDay, QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(retimed.destinationAfter.isEmpty());
    EXPECT_EQ(retimed.disruptions, 1);
    const LegChange &reequipped = summary->changes.at(1);
    EXPECT_EQ(reequipped.flight, imported(1).key());
    EXPECT_EQ(reequipped.kind, LegChange::Kind::Reequipped);
    EXPECT_EQ(reequipped.aircraftBefore, QStringLiteral("320 J12Y156VV168"));
    EXPECT_EQ(reequipped.aircraftAfter, QStringLiteral("320 C4Y120"));
    EXPECT_EQ(reequipped.disruptions, 0);
    const LegChange &cancelled = summary->changes.at(2);
    EXPECT_EQ(cancelled.flight, imported(2).key());
    EXPECT_EQ(cancelled.kind, LegChange::Kind::Cancelled);
    EXPECT_EQ(cancelled.disruptions, 1);
    EXPECT_EQ(summary->disruptions, 2);
}

TEST_P(ScheduleImportProgressTest, AJobImportsOnAThreadOfItsOwnAsTheSignedInUser)
{
    const ScheduleImportJob job(*db, admin);
    const QByteArray file = SsimBuilder().add(leg(2)).build();
    std::optional<Result<ImportSummary>> outcome;
    Qt::HANDLE worker = nullptr;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ImportOptions options;
        options.progress = [&](ImportStage, int, int) {
            worker = QThread::currentThreadId();
            return true;
        };
        outcome = job.importSsim(file, options);
    }));
    thread->start();
    ASSERT_TRUE(thread->wait());
    ASSERT_TRUE(outcome && outcome->ok()) << (outcome ? outcome->error().message.toStdString() : "no outcome");
    EXPECT_NE(worker, QThread::currentThreadId());
    EXPECT_EQ((*outcome)->added, 2);
    EXPECT_EQ(imported(1).number, 100); // committed: this connection sees it

    // Refused for a role that may not import, whatever thread it runs on.
    const ScheduleImportJob agentJob(*db, Actor{QStringLiteral("desk"), QStringLiteral("ann"), Role::Agent});
    auto refused = agentJob.importSsim(file, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

KIOSK_ON_BOTH_BACKENDS(ScheduleImportProgressTest);

} // namespace
