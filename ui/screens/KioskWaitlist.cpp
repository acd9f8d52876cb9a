// KioskWindow's waitlist: a cabin too full for the party, and paying an offer it made.
#include "KioskWindow.h"
#include "widgets/PartySizeStepper.h"

#include "ConfirmationScreen.h"
#include "OfferScreen.h"
#include "PassengerScreen.h"
#include "SeatMapScreen.h"
#include "WaitlistScreen.h"
#include "WelcomeScreen.h"
#include "booking/BookingService.h"
#include "models/BookingJourney.h"
#include "models/SeatMapModel.h"

#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>

namespace kiosk::ui {

void KioskWindow::setUpWaitlist()
{
    const bool keyboard = m_options.mode == KioskOptions::Mode::Kiosk;
    m_waitlistScreen = new WaitlistScreen(m_stack);
    m_offerScreen = new OfferScreen(m_service, keyboard, m_stack);
    m_stack->addWidget(m_waitlistScreen);
    m_stack->addWidget(m_offerScreen);
    connect(m_seats, &SeatMapScreen::waitlistRequested, this, &KioskWindow::enterWaitlistNames);
    connect(m_passengers, &PassengerScreen::joinWaitlistRequested, this, &KioskWindow::joinWaitlist);
    connect(m_waitlistScreen, &WaitlistScreen::doneRequested, this, [this] { resetToWelcome(QString()); });
    connect(m_welcome, &WelcomeScreen::offerRequested, this, [this] {
        m_offerScreen->reset();
        showScreen(m_offerScreen);
    });
    connect(m_offerScreen, &OfferScreen::backRequested, this, [this] { resetToWelcome(QString()); });
    connect(m_offerScreen, &OfferScreen::offerClaimed, this, &KioskWindow::payOffer);
}

void KioskWindow::enterWaitlistNames(Cabin cabin)
{
    m_waitlistCabin = cabin;
    const int travellers = m_seats->partySize()->value();
    m_passengers->setWaitlist(travellers, tr("Waitlist for %1 %2 — %n traveller(s)", nullptr, travellers)
                                              .arg(m_seats->flight().designator(), SeatMapModel::cabinTitle(cabin)));
    showScreen(m_passengers);
}

void KioskWindow::joinWaitlist(const QStringList &names)
{
    WaitlistRequest request;
    request.flight = FlightRef::byId(m_flightId);
    request.cabin = cabinCode(m_waitlistCabin);
    request.passengers = names;
    request.contact = m_passengers->contact();
    m_passengers->setBusy(true);
    auto entry = m_service.waitlist().join(request);
    m_passengers->setBusy(false);
    if (!entry) {
        m_journey->reportedAsConnectionLoss(entry.error()); // the banner too; the words stay on this screen
        m_passengers->showProblem(WaitlistScreen::refusalText(entry.error(), SeatMapModel::cabinTitle(m_waitlistCabin),
                                                              request.contact.email));
        if (entry.error().details.contains(QStringLiteral("seats_available")))
            m_seats->refresh(); // back on the seat map the freed seats are there to choose
        return;
    }
    m_waitlistScreen->showEntry(*entry, m_seats->flight().designator());
    showScreen(m_waitlistScreen);
}

void KioskWindow::payOffer(const Booking &offer)
{
    // The offer stays held if the traveller leaves the dialog: it is theirs until its deadline.
    openPayment(new PaymentDialog(m_service, offer, serverNowOrLocal(), PaymentDialog::cardEntryFor(m_options), this),
                [this, deadline = offer.holdDeadlineUtc](int outcome) {
                    if (outcome == QDialog::Accepted) {
                        showConfirmation(m_payment ? m_payment->booking() : Booking{});
                        return;
                    }
                    m_offerScreen->setNotice(
                        outcome == PaymentDialog::HoldExpired
                            ? tr("Time ran out: the offer has lapsed and its seats went to the next traveller on the "
                                 "waitlist. Nothing was charged.")
                            : tr("Not paid, and nothing was charged. The seats stay held for you until %1; you can "
                                 "pay for them here or at any kiosk or desk before then.")
                                  .arg(QLocale().toString(deadline.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"))));
                    showScreen(m_offerScreen);
                });
}

} // namespace kiosk::ui
