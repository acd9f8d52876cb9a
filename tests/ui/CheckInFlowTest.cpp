// The kiosk's check-in on real widgets (offscreen, both databases): welcome -> reference
// and surname -> passengers -> boarding pass, whose on-screen barcode a real decoder reads.
#include "KioskDriver.h"
#include "KioskFixture.h"
#include "BagTagPdf.h"
#include "BoardingPassPdf.h"
#include "SqlProbe.h"
#include "TestFlights.h"

#include "checkin/BagTagger.h"
#include "checkin/CheckInSeatChanger.h"
#include "checkin/CheckInService.h"
#include "notify/DocumentMailer.h"
#include "storage/CheckInRepository.h"
#include "storage/ContactRepository.h"
#include "payment/FutureWait.h"
#include "models/SeatMapModel.h"
#include "screens/BagScreen.h"
#include "screens/BoardingPassScreen.h"
#include "screens/CheckInSeatPage.h"
#include "screens/CheckInScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/BarcodeWidget.h"
#include "widgets/DocumentMailButton.h"
#include "widgets/OnScreenKeyboard.h"
#include "widgets/SeatMapView.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
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

class CheckInFlowTest : public KioskFixture {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(); }

    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        startService();
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

        checkIns = std::make_unique<CheckInService>(*db, service->actor());
        seatChanger = std::make_unique<CheckInSeatChanger>(*db, service->actor());
        bags = std::make_unique<BagTagger>(*db, service->actor());
        ASSERT_NO_FATAL_FAILURE(openKiosk(KioskOptions{}, {1280, 900}));
        window->setCheckIn({*checkIns, *seatChanger, *bags}, DocumentPrinter(printerName(), documents.path()));
    }

    void TearDown() override
    {
        window.reset();
        bags.reset();
        seatChanger.reset();
        checkIns.reset();
        KioskFixture::TearDown();
    }

    static QString printerName() { return QString(); } // demo mode: PDFs
    QString pdfsIn(const QString &folder) const
    {
        return QDir(documents.filePath(folder)).entryList({QStringLiteral("*.pdf")}).join(QLatin1Char(','));
    }

    void findBooking(const QString &ref, const QString &surname)
    {
        CheckInScreen *screen = window->checkInScreen();
        screen->referenceField()->setText(ref);
        screen->surnameField()->setText(surname);
        QTest::mouseClick(screen->findButton(), Qt::LeftButton);
    }

    std::unique_ptr<CheckInService> checkIns;
    std::unique_ptr<CheckInSeatChanger> seatChanger;
    std::unique_ptr<BagTagger> bags;
    QTemporaryDir documents;
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
    EXPECT_EQ(QDir(documents.filePath(QStringLiteral("boarding-passes"))).entryList({QStringLiteral("*.pdf")}).size(), 1)
        << window->boardingPassScreen()->savedMessage().toStdString();

    auto *done = window->boardingPassScreen()->findChild<QPushButton *>(QStringLiteral("boardingPassDone"));
    QTest::mouseClick(done, Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
    EXPECT_TRUE(window->checkInScreen()->referenceField()->text().isEmpty()); // nothing left for the next traveller
}

// The counter kiosk's find page: a reference has digits, so its on-screen keyboard has them.
TEST_P(CheckInFlowTest, AReferenceWithDigitsIsTypedOnTheTouchKiosksKeyboard)
{
    KioskOptions touch;
    touch.mode = KioskOptions::Mode::Kiosk;
    window = std::make_unique<KioskWindow>(*service, *catalog, touch);
    window->setCheckIn({*checkIns, *seatChanger, *bags}, DocumentPrinter(printerName(), documents.path()));
    window->resize(1280, 1024);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton")), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->checkInScreen());

    auto *keyboard = window->checkInScreen()->findChild<OnScreenKeyboard *>();
    ASSERT_NE(keyboard, nullptr);
    QLineEdit *field = window->checkInScreen()->referenceField();
    QTest::mouseClick(field, Qt::LeftButton); // a finger focuses the field
    field->setFocus();
    const QString typed = QStringLiteral("K7QX2M"); // the example the field itself shows
    ASSERT_NO_FATAL_FAILURE(tapKeys(*keyboard, typed.split(QString(), Qt::SkipEmptyParts)));
    EXPECT_EQ(field->text().toUpper(), typed);
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

TEST_P(CheckInFlowTest, APassengerChangesSeatOnTheSeatMapBeforeCheckingIn)
{
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton")), Qt::LeftButton);
    findBooking(reference, QStringLiteral("Müller"));
    CheckInScreen *screen = window->checkInScreen();
    ASSERT_TRUE(screen->changeSeatButton()->isEnabled()) << screen->message().toStdString();
    EXPECT_GE(screen->changeSeatButton()->minimumHeight(), 48); // a touch target
    QTest::mouseClick(screen->changeSeatButton(), Qt::LeftButton);
    CheckInSeatPage *page = screen->seatPage();
    ASSERT_TRUE(page->isVisible());
    EXPECT_FALSE(page->takeButton()->isEnabled()); // nothing chosen yet

    // Anna's companion's seat is taken: touching it chooses nothing.
    SeatMapView *view = page->view();
    const auto touch = [&](const QString &code) {
        const QModelIndex cell = page->model()->indexOf(code);
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    };
    touch(QStringLiteral("4B"));
    EXPECT_TRUE(page->model()->selectedSeats().isEmpty());
    touch(QStringLiteral("7C"));
    ASSERT_EQ(page->model()->selectedSeats().size(), 1);
    QTest::mouseClick(page->takeButton(), Qt::LeftButton);
    EXPECT_EQ(screen->message(), QStringLiteral("Seat changed from 4A to 7C.")) << page->notice().toStdString();
    EXPECT_TRUE(screen->passengerList()->model()->index(0, 0).data().toString().contains(QStringLiteral("7C")));
    auto seats = catalog->seats(flight.id);
    ASSERT_TRUE(seats.ok());
    for (const Seat &seat : std::as_const(*seats)) {
        if (seat.code.toString() == QStringLiteral("4A")) {
            EXPECT_EQ(seat.status, SeatStatus::Free);
        }
        if (seat.code.toString() == QStringLiteral("7C")) {
            EXPECT_EQ(seat.holder, reference);
        }
    }

    // Checked in, Anna's seat is the desk's to change.
    QTest::mouseClick(screen->checkInButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->boardingPassScreen());
    EXPECT_TRUE(window->boardingPassScreen()->details().contains(QStringLiteral("7C")));
    QTest::mouseClick(window->boardingPassScreen()->findChild<QPushButton *>(QStringLiteral("boardingPassDone")), Qt::LeftButton);
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton")), Qt::LeftButton);
    findBooking(reference, QStringLiteral("Müller"));
    ASSERT_EQ(screen->passengerList()->currentIndex().row(), 0);
    EXPECT_FALSE(screen->changeSeatButton()->isEnabled());
}

TEST_P(CheckInFlowTest, BagsAreDeclaredUpToTheAllowanceAndTheirTagsSaved)
{
    ASSERT_TRUE(CheckInRepository(*db).saveAirline(flight.carrier, QStringLiteral("999"), QStringLiteral("Kestrel Air")).ok());
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton")), Qt::LeftButton);
    findBooking(reference, QStringLiteral("Müller"));
    QTest::mouseClick(window->checkInScreen()->checkInButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->boardingPassScreen());
    QTest::mouseClick(window->boardingPassScreen()->bagsButton(), Qt::LeftButton);
    BagScreen *bagScreen = window->bagScreen();
    ASSERT_EQ(window->currentScreen(), bagScreen);
    EXPECT_GE(bagScreen->plusButton(0)->minimumHeight(), 48);
    EXPECT_FALSE(bagScreen->plusButton(0)->accessibleName().isEmpty());
    EXPECT_EQ(bagScreen->count(0), 0);
    EXPECT_FALSE(bagScreen->minusButton(0)->isEnabled());
    QTest::mouseClick(bagScreen->plusButton(0), Qt::LeftButton);
    EXPECT_EQ(bagScreen->count(0), 1);
    EXPECT_FALSE(bagScreen->plusButton(0)->isEnabled()); // economy: one bag
    QTest::mouseClick(bagScreen->confirmButton(), Qt::LeftButton);
    EXPECT_TRUE(bagScreen->message().startsWith(QStringLiteral("1 bag tag(s): 0999000001. Saved as ")))
        << bagScreen->message().toStdString();
    EXPECT_FALSE(pdfsIn(QStringLiteral("bag-tags")).isEmpty());
    EXPECT_FALSE(bagScreen->minusButton(0)->isEnabled()); // a tagged bag comes off at the desk only
    EXPECT_EQ(bagScreen->count(1), 0);

    // The same again tags nothing new.
    QTest::mouseClick(bagScreen->confirmButton(), Qt::LeftButton);
    EXPECT_EQ(bagScreen->message(), QStringLiteral("No new checked bags. Have a good flight!"));
    auto tags = bags->tags(reference, QStringLiteral("Müller"), *SeatCode::parse(QStringLiteral("4A")));
    ASSERT_TRUE(tags.ok());
    EXPECT_EQ(tags->size(), 1);
}

TEST_P(CheckInFlowTest, AMissingPrinterSavesTheBoardingPassAsAPdfAndSaysWhy)
{
    auto passes = checkIns->checkIn(reference, QStringLiteral("Müller"));
    ASSERT_TRUE(passes.ok());
    BoardingPassScreen screen(DocumentPrinter(QStringLiteral("no-such-printer"), documents.path()),
                              ScreenBarcode::Symbology::Pdf417);
    EXPECT_EQ(screen.saveButton()->text(), QStringLiteral("Print boarding pass"));
    screen.showPasses(*passes);
    QTest::mouseClick(screen.saveButton(), Qt::LeftButton);
    EXPECT_TRUE(screen.savedMessage().startsWith(QStringLiteral("The printer no-such-printer is not available. Saved as ")))
        << screen.savedMessage().toStdString();
    EXPECT_FALSE(QDir(documents.path()).entryList({QStringLiteral("boarding-pass-*.pdf")}).isEmpty());
}

// "E-mail it to me" on the boarding pass: offered once the booking has an address, and
// the passes go there, the address shown masked.
TEST_P(CheckInFlowTest, ThePassesAreEmailedToTheBookingsOwnAddress)
{
    auto passes = checkIns->checkIn(reference, QStringLiteral("Müller"));
    ASSERT_TRUE(passes.ok());
    DocumentMailer mailer(*service, *db);
    BoardingPassScreen screen(DocumentPrinter(QString(), documents.path()), ScreenBarcode::Symbology::Pdf417);
    screen.setMailer(&mailer);
    screen.showPasses(*passes);
    EXPECT_TRUE(screen.mailButton()->maskedAddress().isEmpty()); // booked without an address
    ASSERT_TRUE(ContactRepository(*db).save(service->find(reference)->id,
                                            ContactDetails{QStringLiteral("anna@example.com"), QString()}).ok());
    screen.showPasses(*passes);
    screen.resize(1280, 900);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    ASSERT_TRUE(screen.mailButton()->isVisible());
    QTest::mouseClick(screen.mailButton(), Qt::LeftButton);
    EXPECT_EQ(screen.savedMessage(), QString::fromUtf8("Sent to a•••@example.com. It should arrive within a few minutes."));
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'documents_requested'")), 1);
}

// checkin/screen-barcode=aztec: the screen shows the pass as Aztec (phone-style gate
// scanners), and what the screen shows scans as the pass's BCBP; paper stays PDF417.
TEST_P(CheckInFlowTest, TheScreenShowsAztecWhenSetSo)
{
    auto passes = checkIns->checkIn(reference, QStringLiteral("Müller"));
    ASSERT_TRUE(passes.ok());
    BoardingPassScreen screen(DocumentPrinter(QString(), documents.path(), BoardingPassPaper::Atb),
                              ScreenBarcode::Symbology::Aztec);
    screen.resize(1280, 900);
    screen.showPasses(*passes);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    const QImage shot = screen.barcode()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(shot.constBits(), shot.width(), shot.height(), ZXing::ImageFormat::Lum,
                                int(shot.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Aztec);
    const ZXing::Result scanned = ZXing::ReadBarcode(view, hints);
    ASSERT_TRUE(scanned.isValid());
    EXPECT_EQ(QString::fromStdString(scanned.text()), passes->first().bcbp);
    // The saved pass is the ATB card (576 x 234 points).
    QTest::mouseClick(screen.saveButton(), Qt::LeftButton);
    const QStringList saved = QDir(documents.path()).entryList({QStringLiteral("boarding-pass-*.pdf")});
    ASSERT_EQ(saved.size(), 1) << screen.savedMessage().toStdString();
    QFile pdf(QDir(documents.path()).filePath(saved.first()));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromLatin1(pdf.readAll()).contains(QRegularExpression(QStringLiteral("/MediaBox\\s*\\[0 0 57[56](\\.\\d+)? 23[34](\\.\\d+)?\\]"))));
}

// The page setup is PagedDocument's for a printer as for a PDF: a QPrinter (printing to a
// file here, as CUPS would get it) takes the same pages and page size.
TEST_P(CheckInFlowTest, BoardingPassesAndBagTagsRenderOnAQPrinter)
{
    ASSERT_TRUE(CheckInRepository(*db).saveAirline(flight.carrier, QStringLiteral("999"), QStringLiteral("Kestrel Air")).ok());
    auto passes = checkIns->checkIn(reference, QStringLiteral("Müller"));
    ASSERT_TRUE(passes.ok());
    auto tags = bags->declare(reference, QStringLiteral("Müller"), *SeatCode::parse(QStringLiteral("4A")), 1);
    ASSERT_TRUE(tags.ok()) << tags.error().message.toStdString();
    const auto pagesIn = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))) : -1;
    };
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(documents.filePath(QStringLiteral("printed-passes.pdf")));
    ASSERT_TRUE(BoardingPassPdf::render(*passes, BoardingPassPaper::A4)(printer).ok());
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4);
    EXPECT_EQ(pagesIn(printer.outputFileName()), 2);
    QPrinter cardPrinter(QPrinter::HighResolution);
    cardPrinter.setOutputFormat(QPrinter::PdfFormat);
    cardPrinter.setOutputFileName(documents.filePath(QStringLiteral("printed-cards.pdf")));
    ASSERT_TRUE(BoardingPassPdf::render(*passes, BoardingPassPaper::Atb)(cardPrinter).ok());
    const QSizeF card = cardPrinter.pageLayout().fullRect(QPageLayout::Millimeter).size();
    EXPECT_NEAR(card.width(), BoardingPassPdf::AtbWidthMm, 0.5);
    EXPECT_NEAR(card.height(), BoardingPassPdf::AtbHeightMm, 0.5);
    EXPECT_EQ(pagesIn(cardPrinter.outputFileName()), 2);

    QPrinter tagPrinter(QPrinter::HighResolution);
    tagPrinter.setOutputFormat(QPrinter::PdfFormat);
    tagPrinter.setOutputFileName(documents.filePath(QStringLiteral("printed-tags.pdf")));
    ASSERT_TRUE(BagTagPdf::render(*tags)(tagPrinter).ok());
    const QSizeF tagPage = tagPrinter.pageLayout().pageSize().size(QPageSize::Millimeter);
    EXPECT_NEAR(tagPage.width(), BagTagPdf::TagWidthMm + 6, 0.5);
    EXPECT_NEAR(tagPage.height(), BagTagPdf::TagHeightMm + 6, 0.5);
    EXPECT_EQ(pagesIn(tagPrinter.outputFileName()), 1);
}

KIOSK_ON_BOTH_BACKENDS(CheckInFlowTest);

} // namespace
