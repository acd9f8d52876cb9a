// The kiosk's check-in on real widgets (offscreen, both databases): welcome -> reference
// and surname -> passengers -> boarding pass, whose on-screen barcode a real decoder reads.
#include "TestDatabase.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "checkin/CheckInService.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"
#include "screens/BoardingPassScreen.h"
#include "screens/CheckInScreen.h"
#include "screens/KioskWindow.h"
#include "screens/WelcomeScreen.h"
#include "widgets/BarcodeWidget.h"

#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class CheckInFlowTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        database.emplace(GetParam());
        ASSERT_TRUE(database->ready()) << database->setupError().toStdString();
        db = database->connect();
        ASSERT_NE(db, nullptr);
        TestFlightSpec spec;
        spec.departsInSeconds = 3 * 3600; // check-in is open
        flight = addTestFlight(*db, spec);
        ASSERT_GT(flight.id, 0);
        service = std::make_unique<BookingService>(*db, gateway, Actor{QStringLiteral("kiosk-ui-test"), QStringLiteral("kiosk")});
        HoldRequest request;
        request.flight = FlightRef::byId(flight.id);
        request.seats = {*SeatCode::parse(QStringLiteral("4A")), *SeatCode::parse(QStringLiteral("4B"))};
        request.passengers = {QString::fromUtf8("Anna Müller"), QStringLiteral("Ben Müller")};
        auto held = service->hold(request);
        ASSERT_TRUE(held.ok());
        CardDetails card;
        card.number = QStringLiteral("4242424242424242");
        card.setExpiry(QStringLiteral("12/30"));
        card.cvc = QStringLiteral("123");
        ASSERT_TRUE(waitFor(service->submitPayment(held->reference, card), 30000).ok());
        reference = held->reference;

        catalog = std::make_unique<FlightCatalog>(*db);
        checkIns = std::make_unique<CheckInService>(*db, service->actor());
        window = std::make_unique<KioskWindow>(*service, *catalog, KioskOptions{});
        window->setCheckIn(*checkIns, documents.path());
        window->resize(1280, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        checkIns.reset();
        catalog.reset();
        service.reset();
        db.reset();
        database.reset();
    }

    void findBooking(const QString &ref, const QString &surname)
    {
        CheckInScreen *screen = window->checkInScreen();
        screen->referenceField()->setText(ref);
        screen->surnameField()->setText(surname);
        QTest::mouseClick(screen->findButton(), Qt::LeftButton);
    }

    std::optional<TestDatabase> database;
    std::unique_ptr<Database> db;
    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<CheckInService> checkIns;
    std::unique_ptr<KioskWindow> window;
    QTemporaryDir documents;
    Flight flight;
    QString reference;
};

TEST_P(CheckInFlowTest, FromWelcomeToAScannableBoardingPassOnScreen)
{
    auto *checkInButton = window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton"));
    ASSERT_NE(checkInButton, nullptr);
    ASSERT_TRUE(checkInButton->isVisible());
    QTest::mouseClick(checkInButton, Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->checkInScreen());

    findBooking(reference, QStringLiteral("Smith"));
    EXPECT_TRUE(window->checkInScreen()->message().contains(QStringLiteral("No booking"))) << window->checkInScreen()->message().toStdString();

    findBooking(reference.toLower(), QStringLiteral("mueller"));
    QAbstractItemModel *passengers = window->checkInScreen()->passengerList()->model();
    ASSERT_EQ(passengers->rowCount(), 2);
    EXPECT_TRUE(passengers->index(0, 0).data().toString().contains(QStringLiteral("not checked in yet")));
    // Only Anna checks in now.
    ASSERT_TRUE(passengers->setData(passengers->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    QTest::mouseClick(window->checkInScreen()->checkInButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->boardingPassScreen()) << window->checkInScreen()->message().toStdString();
    EXPECT_TRUE(window->boardingPassScreen()->details().contains(QStringLiteral("MUELLER/ANNA")));

    // What the screen shows is what the gate reader gets.
    const QImage shot = window->boardingPassScreen()->barcode()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(shot.constBits(), shot.width(), shot.height(), ZXing::ImageFormat::Lum,
                                int(shot.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::PDF417);
    const ZXing::Result scanned = ZXing::ReadBarcode(view, hints);
    ASSERT_TRUE(scanned.isValid());
    auto passes = checkIns->boardingPasses(reference, QStringLiteral("Müller"), {*SeatCode::parse(QStringLiteral("4A"))});
    ASSERT_TRUE(passes.ok());
    EXPECT_EQ(QString::fromStdString(scanned.text()), passes->first().bcbp);
    EXPECT_EQ(passes->first().sequence, 1);

    QTest::mouseClick(window->boardingPassScreen()->saveButton(), Qt::LeftButton);
    EXPECT_EQ(QDir(documents.path()).entryList({QStringLiteral("*.pdf")}).size(), 1)
        << window->boardingPassScreen()->savedMessage().toStdString();

    auto *done = window->boardingPassScreen()->findChild<QPushButton *>(QStringLiteral("boardingPassDone"));
    QTest::mouseClick(done, Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
    EXPECT_TRUE(window->checkInScreen()->referenceField()->text().isEmpty()); // nothing left for the next traveller
}

TEST_P(CheckInFlowTest, AScannedBoardingPassChecksInAtOnce)
{
    auto first = checkIns->checkIn(reference, QStringLiteral("Müller"), {*SeatCode::parse(QStringLiteral("4B"))});
    ASSERT_TRUE(first.ok());
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton")), Qt::LeftButton);
    QLineEdit *field = window->checkInScreen()->referenceField();
    field->setFocus();
    QTest::keyClicks(field, first->first().bcbp);
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_EQ(window->currentScreen(), window->boardingPassScreen()) << window->checkInScreen()->message().toStdString();
    EXPECT_TRUE(window->boardingPassScreen()->details().contains(QStringLiteral("MUELLER/BEN")));
}

KIOSK_ON_BOTH_BACKENDS(CheckInFlowTest);

} // namespace
