#include "WaitlistScreenshotTour.h"
#include "PassengerNames.h"
#include "TourFlights.h"
#include "widgets/PartySizeStepper.h"

#include "AgentScreenshotTour.h"
#include "FullCabin.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "models/FlightListModel.h"
#include "screens/ConfirmationScreen.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/OfferScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WaitlistScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/ContactFields.h"
#include "widgets/ReferenceSurnameFields.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace kiosk::test {

void saveKioskWaitlist(ui::KioskWindow &window, BookingService &operatorService, FlightCatalog &catalog, qint64 flightId,
                       const QString &outDir, const QString &prefix)
{
    window.resetToWelcome(QString());
    Cabin cabin = Cabin::Economy;
    const QStringList filled = fillSmallestCabin(operatorService, catalog, flightId, &cabin);
    if (filled.isEmpty())
        qFatal("cannot fill a cabin for the tour's waitlist");
    WaitlistRequest earlier;
    earlier.flight = FlightRef::byId(flightId);
    earlier.cabin = cabinCode(cabin);
    earlier.passengers = {QStringLiteral("Mae Jemison")};
    earlier.contact.email = QStringLiteral("mae@example.com");
    if (!operatorService.waitlist().join(earlier))
        qFatal("cannot put the tour's first traveller on the waitlist");

    QTest::mouseClick(window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    chooseFlight(window, flightId);
    ui::SeatMapScreen *seats = window.seatMapScreen();
    seats->partySize()->setValue(2);
    QPushButton *join = seats->waitlistButton(cabin);
    if (!join)
        qFatal("the full cabin offers no waitlist");
    save(&window, outDir, prefix + QStringLiteral("12-seat-map-waitlist"));
    join = seats->waitlistButton(cabin); // as the screen shows it after save()'s wait, in which the seat map refreshes
    if (!join)
        qFatal("the full cabin's waitlist went while the tour looked at it");
    QTest::mouseClick(join, Qt::LeftButton);
    ui::PassengerScreen *names = window.passengerScreen();
    typeName(*names, 0, QStringLiteral("Ada Lovelace"));
    typeName(*names, 1, QStringLiteral("Alan Turing"));
    QTest::mouseClick(names->continueButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("12a-waitlist-email-required"));
    QTest::mouseClick(names->contactFields()->emailField(), Qt::LeftButton);
    QTest::keyClicks(names->contactFields()->emailField(), QStringLiteral("ada@example.com"));
    QTest::mouseClick(names->continueButton(), Qt::LeftButton);
    if (window.currentScreen() != window.waitlistScreen())
        qFatal("the tour could not join the waitlist: %s", qPrintable(names->problem()->text()));
    save(&window, outDir, prefix + QStringLiteral("12b-waitlist-joined"));

    // Seats come free: the waitlist offers them, first come first served, and e-mails the reference.
    if (!operatorService.cancel(filled.first(), QStringLiteral("tour: seats come free")))
        qFatal("cannot free the tour's seats");
    QString reference;
    const auto entries = operatorService.waitlist().list(FlightRef::byId(flightId));
    for (const WaitlistEntry &entry : entries ? *entries : QList<WaitlistEntry>())
        if (entry.passengers.contains(QStringLiteral("Ada Lovelace")))
            reference = entry.offerReference;
    if (reference.isEmpty())
        qFatal("the waitlist made the tour no offer");
    QTest::mouseClick(window.waitlistScreen()->doneButton(), Qt::LeftButton);
    QTest::mouseClick(window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("offerButton")), Qt::LeftButton);
    ui::ReferenceSurnameFields *fields = window.offerScreen()->fields();
    QTest::keyClicks(fields->referenceField(), reference);
    QTest::keyClicks(fields->surnameField(), QStringLiteral("Lovelance"));
    QTest::mouseClick(window.offerScreen()->findButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("13-offer-not-found"));
    fields->surnameField()->setText(QStringLiteral("Lovelace"));
    QTest::mouseClick(window.offerScreen()->findButton(), Qt::LeftButton);
    ui::PaymentDialog *payment = window.paymentDialog();
    if (!payment)
        qFatal("the offer opened no payment: %s", qPrintable(window.offerScreen()->message()));
    save(payment, outDir, prefix + QStringLiteral("13a-offer-payment"));
    payment->cardNumber()->setText(QStringLiteral("4242 4242 4242 4242"));
    payment->expiry()->setText(QStringLiteral("12/30"));
    payment->cvc()->setText(QStringLiteral("123"));
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return window.currentScreen() == window.confirmationScreen(); }, 10000))
        qFatal("the offer was not paid");
    save(&window, outDir, prefix + QStringLiteral("13b-offer-confirmation"));
}

} // namespace kiosk::test
