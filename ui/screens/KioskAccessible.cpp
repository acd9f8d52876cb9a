// KioskWindow's part of the accessible mode: what each screen is and what to do on it, said
// as it comes (AccessibleMode does the keypad, the look and the controls), the outcomes a
// traveller would otherwise only see, and More time when the kiosk asks whether anyone is there.
#include "KioskWindow.h"

#include "ConfirmationScreen.h"
#include "FlightListScreen.h"
#include "PassengerScreen.h"
#include "PaymentDialog.h"
#include "SeatMapScreen.h"
#include "WelcomeScreen.h"
#include "accessibility/AccessibleMode.h"
#include "models/BookingJourney.h"
#include "models/FlightListModel.h"
#include "widgets/InactivityWatcher.h"
#include "widgets/InputMode.h"
#include "widgets/PartySizeStepper.h"
#include "widgets/SeatMapView.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>

namespace kiosk::ui {

namespace {

// "K7QX2M" said letter by letter: "K 7 Q X 2 M".
QString spelled(const QString &code)
{
    QStringList letters;
    for (QChar c : code)
        letters << QString(c);
    return letters.join(QLatin1Char(' '));
}

QString labelText(const QWidget *screen, const char *objectName)
{
    const auto *label = screen->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label && !label->text().isEmpty() ? label->text() : QString();
}

} // namespace

void KioskWindow::setUpAccessibleMode()
{
    m_accessible = new AccessibleMode(this, m_options.keypad, this);
    connect(m_accessible, &AccessibleMode::keypadUsed, m_inactivity, &InactivityWatcher::poke);
    if (auto *input = findChild<InputMode *>())
        connect(m_accessible, &AccessibleMode::keypadUsed, input, [input] { input->setKeyboard(true); });
    connect(m_welcome, &WelcomeScreen::accessibleModeRequested, m_accessible, &AccessibleMode::setOn);
    connect(m_accessible, &AccessibleMode::toggled, this, [this](bool on) {
        m_welcome->accessibleModeButton()->setChecked(on);
        m_seats->setChooseKey(on ? m_accessible->spokenKey(KeypadMap::Action::Activate) : QString());
        if (on)
            announceScreen(currentScreen());
    });
    // What changes on a screen without a new screen: a seat refused, a hold refused.
    connect(m_seats->view(), &SeatMapView::seatRefused, this,
            [this] { m_accessible->announce(m_seats->notice()->text()); });
    connect(m_journey, &BookingJourney::holdRefused, this,
            [this](const QString &text) { m_accessible->announce(text); });
    m_accessible->setOn(m_options.accessible);
}

void KioskWindow::announceScreen(QWidget *screen)
{
    if (!m_accessible || !m_accessible->isOn())
        return;
    m_accessible->announceScreen(screen, screenGuide(screen));
    // A declined card, a card taken out too early: said as the pay step shows it.
    if (m_payment && screen == m_payment)
        connect(m_payment, &PaymentDialog::paymentFinished, this, &KioskWindow::announcePaymentAnswer,
                Qt::UniqueConnection);
}

void KioskWindow::announcePaymentAnswer()
{
    if (m_payment && m_payment->isVisible())
        m_accessible->announce(m_payment->message()->text());
}

QString KioskWindow::screenGuide(QWidget *screen) const
{
    if (screen == m_welcome)
        return tr("Welcome to the seat booking kiosk, departures from %1. Choose Start booking, or check in for a "
                  "booked flight.")
            .arg(m_options.originName);
    // Singular and plural written out: a speech engine reads "seat(s)" as it stands.
    if (screen == m_flights) {
        const int departures = m_flights->model()->rowCount();
        return departures == 1 ? tr("Step 1 of 5: choose your flight. One departure on the list. Choose it to go on. "
                                    "The number of travellers is set above the list.")
                               : tr("Step 1 of 5: choose your flight. %1 departures on the list. Go through them one "
                                    "by one and choose one. The number of travellers is set above the list.")
                                     .arg(departures);
    }
    if (screen == m_seats) {
        const int party = m_seats->partySize()->value();
        const QString designator = m_seats->flight().designator();
        return party == 1 ? tr("Step 2 of 5: choose 1 seat on flight %1. Go through the seats one by one and choose "
                               "one, or choose Best available together. Then Continue.")
                                .arg(designator)
                          : tr("Step 2 of 5: choose %2 seats on flight %1. Go through the seats one by one and "
                               "choose each, or choose Best available together. Then Continue.")
                                .arg(designator, QString::number(party));
    }
    if (screen == m_passengers)
        return tr("Step 3 of 5: each traveller's given names and surname as in the passport, an e-mail address "
                  "if you like. Then Hold seats and pay.");
    if (m_payment && screen == m_payment) {
        const QString total = m_payment->summaryTotal() ? m_payment->summaryTotal()->text() : QString();
        return m_payment->terminal()
                   ? tr("Step 4 of 5: pay. %1. Choose Pay, then insert, tap or swipe your card on the card terminal.")
                         .arg(total)
                   : tr("Step 4 of 5: pay. %1. Type the card number, the expiry date and the security code, then "
                        "choose Pay.")
                         .arg(total);
    }
    if (screen == m_confirmation)
        return tr("Step 5 of 5: booked and paid. Your booking reference is %1. %2")
            .arg(spelled(labelText(m_confirmation, "bookingReference")), m_confirmation->tripText()->text());
    // Check-in, boarding passes, bags, the waitlist: their own titles say what they are.
    const QString title = labelText(screen, "screenTitle");
    return title.isEmpty() ? screen->accessibleName() : title;
}

void KioskWindow::offerMoreTime(QAbstractButton *moreTime)
{
    if (!m_accessible->isOn())
        return;
    moreTime->setText(tr("More time"));
    moreTime->setAccessibleName(tr("More time"));
    m_stillThere->setAttribute(Qt::WA_WindowPropagation); // the high-contrast palette reaches the prompt
    m_accessible->warnTimeout(m_options.graceSeconds == 1
                                  ? tr("Are you still there? The kiosk starts over in 1 second. Choose More time to "
                                       "go on.")
                                  : tr("Are you still there? The kiosk starts over in %1 seconds. Choose More time "
                                       "to go on.")
                                        .arg(m_options.graceSeconds),
                              moreTime);
}

} // namespace kiosk::ui
