// Check-in at the agent's desk on real widgets (offscreen, both databases): the Check-in
// tab for agents only, a booking found by reference alone, check-in, bags, boarding pass
// and bag tags (no printer: PDFs), offload with a reason, refusals shown on screen.
#include "AgentFixture.h"
#include "SqlProbe.h"

#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/CheckInDeskModel.h"
#include "agent/CheckInDeskView.h"
#include "booking/CancellationRequest.h"
#include "checkin/BagTagger.h"
#include "checkin/CheckInService.h"
#include "payment/FutureWait.h"
#include "storage/CheckInRepository.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class AgentCheckInDeskTest : public AgentFixture {
protected:
    void SetUp() override
    {
        AgentFixture::SetUp();
        // The fixture's flight leaves in 48 h: this airline opens check-in 72 h ahead.
        CheckInRepository settings(*db);
        ASSERT_TRUE(settings.saveWindow(flight.carrier, QString(), {72 * 60, 45}).ok());
        ASSERT_TRUE(settings.saveAirline(flight.carrier, QStringLiteral("999"), QStringLiteral("Kestrel Air")).ok());
        checkIns = std::make_unique<CheckInService>(*db, service->actor());
        bags = std::make_unique<BagTagger>(*db, service->actor());
    }
    void TearDown() override
    {
        window.reset();
        bags.reset();
        checkIns.reset();
        AgentFixture::TearDown();
    }
    ui::CheckInDeskView *openDesk(const QString &user)
    {
        open();
        window->addCheckInTab(*checkIns, *bags, kiosk::ui::DocumentPrinter(QString(), documents.path()));
        signIn(user, Password);
        auto *desk = window->findChild<ui::CheckInDeskView *>();
        if (desk)
            window->tabs()->setCurrentWidget(desk);
        return desk;
    }
    void find(ui::CheckInDeskView *desk, const QString &reference)
    {
        desk->referenceField()->clear();
        QTest::keyClicks(desk->referenceField(), reference);
        QTest::keyClick(desk->referenceField(), Qt::Key_Return);
    }
    void selectRow(ui::CheckInDeskView *desk, int row)
    {
        desk->view()->setCurrentIndex(desk->model()->index(row, 0));
        desk->view()->selectRow(row);
    }
    QString cell(ui::CheckInDeskView *desk, int row, int column)
    {
        return desk->model()->index(row, column).data().toString();
    }

    std::unique_ptr<CheckInService> checkIns;
    std::unique_ptr<BagTagger> bags;
    QTemporaryDir documents;
};

TEST_P(AgentCheckInDeskTest, AnAgentChecksInDeclaresBagsPrintsAndOffloads)
{
    ui::CheckInDeskView *desk = openDesk(QStringLiteral("ada"));
    ASSERT_NE(desk, nullptr);
    find(desk, couple.reference.toLower()); // no surname at the desk: the agent sees the passport
    ASSERT_EQ(desk->model()->rowCount(), 2) << desk->status()->text().toStdString();
    EXPECT_TRUE(desk->flightText().contains(QStringLiteral("(open)"))) << desk->flightText().toStdString();
    EXPECT_EQ(cell(desk, 0, ui::CheckInDeskModel::BoardingColumn), QStringLiteral("not checked in"));
    EXPECT_FALSE(desk->offloadButton()->isEnabled());

    selectRow(desk, 1); // Bob only
    QTest::mouseClick(desk->checkInButton(), Qt::LeftButton);
    EXPECT_EQ(desk->status()->text(), QStringLiteral("1 passenger(s) checked in."));
    EXPECT_EQ(cell(desk, 0, ui::CheckInDeskModel::BoardingColumn), QStringLiteral("not checked in"));
    EXPECT_EQ(cell(desk, 1, ui::CheckInDeskModel::BoardingColumn), QStringLiteral("checked in, no. 1"));

    selectRow(desk, 1);
    desk->bagCount()->setValue(1);
    QTest::mouseClick(desk->bagsButton(), Qt::LeftButton);
    EXPECT_TRUE(cell(desk, 1, ui::CheckInDeskModel::BagsColumn).startsWith(QStringLiteral("1: 0999000001")))
        << desk->status()->text().toStdString();
    desk->bagCount()->setValue(2); // economy: one bag, refused with the core's words
    QTest::mouseClick(desk->bagsButton(), Qt::LeftButton);
    EXPECT_EQ(desk->status()->property("role").toString(), QStringLiteral("error"));
    EXPECT_EQ(countRows(*db, QStringLiteral("bags")), 1);

    QTest::mouseClick(desk->boardingPassButton(), Qt::LeftButton);
    EXPECT_TRUE(desk->status()->text().startsWith(QStringLiteral("Saved as "))) << desk->status()->text().toStdString();
    EXPECT_EQ(QDir(documents.filePath(QStringLiteral("boarding-passes"))).entryList({QStringLiteral("*.pdf")}).size(), 1);
    QTest::mouseClick(desk->bagTagsButton(), Qt::LeftButton);
    EXPECT_EQ(QDir(documents.filePath(QStringLiteral("bag-tags"))).entryList({QStringLiteral("*.pdf")}).size(), 1)
        << desk->status()->text().toStdString();

    // An offload needs a reason: without one nothing changes.
    selectRow(desk, 1);
    QTest::mouseClick(desk->offloadButton(), Qt::LeftButton);
    EXPECT_TRUE(desk->status()->text().contains(QStringLiteral("reason"))) << desk->status()->text().toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("check_ins")), 1);
    QTest::keyClicks(desk->reasonField(), QStringLiteral("missed the connection"));
    QTest::keyClick(desk->reasonField(), Qt::Key_Return);
    EXPECT_EQ(countRows(*db, QStringLiteral("check_ins")), 0);
    EXPECT_EQ(cell(desk, 1, ui::CheckInDeskModel::BoardingColumn), QStringLiteral("not checked in"));
    EXPECT_EQ(desk->status()->text(), QStringLiteral("The passenger in seat 3B was offloaded."));
}

TEST_P(AgentCheckInDeskTest, AnUnknownReferenceIsSaidOnScreenAndTheTabIsForAgentsOnly)
{
    ui::CheckInDeskView *desk = openDesk(QStringLiteral("ada"));
    ASSERT_NE(desk, nullptr);
    find(desk, QStringLiteral("ZZZZZZ"));
    EXPECT_EQ(desk->model()->rowCount(), 0);
    EXPECT_EQ(desk->status()->property("role").toString(), QStringLiteral("error"));
    EXPECT_FALSE(desk->status()->text().isEmpty());
    EXPECT_FALSE(desk->checkInButton()->isEnabled());
    // The reference field and the passenger table have accessible names.
    EXPECT_FALSE(desk->referenceField()->accessibleName().isEmpty());
    EXPECT_FALSE(desk->view()->accessibleName().isEmpty());
    window->signOut(QStringLiteral("test"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findChild<ui::CheckInDeskView *>() == nullptr; }, 5000)); // gone with the session
}

TEST_P(AgentCheckInDeskTest, OpenCheckInOnTheBookingsToolbarShowsTheSelectedBookingOnTheCheckInTab)
{
    ui::CheckInDeskView *desk = openDesk(QStringLiteral("ada"));
    ASSERT_NE(desk, nullptr);
    window->tabs()->setCurrentIndex(0);
    searchByName(QStringLiteral("brown"));
    ui::BookingDetailView *detail = openDetail(couple.reference);
    ASSERT_NE(detail, nullptr);
    QAction *checkIn = detail->checkInAction();
    ASSERT_TRUE(checkIn->isEnabled()) << checkIn->toolTip().toStdString();
    ASSERT_NO_FATAL_FAILURE(clickToolBar(checkIn));
    EXPECT_EQ(window->tabs()->currentWidget(), desk);
    EXPECT_EQ(desk->referenceField()->text(), couple.reference);
    ASSERT_EQ(desk->model()->rowCount(), 2) << desk->status()->text().toStdString();
    EXPECT_EQ(cell(desk, 1, 0), QStringLiteral("Bob Brown"));

    auto refunded = waitFor(service->cancelWithRefund(CancellationRequest{family.reference, std::nullopt,
                                                                          QStringLiteral("customer request"),
                                                                          std::nullopt, QString()}),
                            10000);
    ASSERT_TRUE(refunded.ok()) << refunded.error().message.toStdString();
    window->tabs()->setCurrentIndex(0);
    ASSERT_NE(openDetail(family.reference), nullptr);
    EXPECT_FALSE(checkIn->isEnabled()) << "a refunded booking is not checked in";
    EXPECT_EQ(checkIn->toolTip(), QStringLiteral("Only a confirmed booking is checked in."));
}

TEST_P(AgentCheckInDeskTest, TheBookingDetailListsEachPassengersBags)
{
    ASSERT_NE(openDesk(QStringLiteral("ada")), nullptr);
    const SeatCode bob = *SeatCode::parse(QStringLiteral("3B"));
    ASSERT_TRUE(checkIns->checkIn(couple.reference, QString(), {bob}).ok()); // as ada, signed in
    auto tags = bags->declare(couple.reference, QString(), bob, 1);
    ASSERT_TRUE(tags.ok()) << tags.error().message.toStdString();
    window->tabs()->setCurrentIndex(0);
    searchByName(QStringLiteral("Bob Brown"));
    ui::BookingDetailView *detail = openDetail(couple.reference);
    ASSERT_NE(detail, nullptr);
    QStandardItemModel *passengers = detail->passengers();
    ASSERT_EQ(passengers->rowCount(), 2);
    const int bagsColumn = passengers->columnCount() - 1;
    EXPECT_EQ(passengers->headerData(bagsColumn, Qt::Horizontal).toString(), QStringLiteral("Bags"));
    for (int row = 0; row < passengers->rowCount(); ++row) {
        const bool isBob = passengers->index(row, 1).data().toString() == QStringLiteral("3B");
        EXPECT_EQ(passengers->index(row, bagsColumn).data().toString(), isBob ? tags->first().tagNumber : QString());
    }
}

KIOSK_ON_BOTH_BACKENDS(AgentCheckInDeskTest);

} // namespace
