#include "DeskBookingView.h"
#include "widgets/PartySizeStepper.h"

#include "AgentFormat.h"
#include "booking/BookingService.h"
#include "booking/BookingSession.h"
#include "booking/FlightCatalog.h"
#include "screens/FlightListScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WaitlistScreen.h"
#include "models/BookingJourney.h"
#include "models/SeatMapModel.h"
#include "widgets/ContactFields.h"
#include "widgets/SeatMapView.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
Q_LOGGING_CATEGORY(lcDesk, "kiosk.ui.agent.desk", QtInfoMsg)

QString holdTimeText(int seconds)
{
    return seconds < 3600 ? DeskBookingView::tr("%1 min").arg(seconds / 60)
                          : DeskBookingView::tr("%1 h").arg(seconds / 3600);
}
} // namespace

DeskBookingView::DeskBookingView(BookingService &service, FlightCatalog &catalog, const QString &origin,
                                 QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_catalog(catalog),
      m_journey(new BookingJourney(service, BookingJourney::Terminal::Desk, this)),
      m_pages(new QStackedWidget(this)),
      m_flights(new FlightListScreen(catalog, origin, m_pages)),
      m_seats(new SeatMapScreen(catalog, m_pages)),
      m_passengers(new PassengerScreen(false, m_pages)),
      m_waitlistPage(new WaitlistScreen(m_pages))
{
    setObjectName(QStringLiteral("deskBookingView"));
    m_seats->setSalesChannel(SalesChannel::Desk); // an agent sells the seats kept for the desk
    m_finish = buildFinishPage();
    for (QWidget *page : {static_cast<QWidget *>(m_flights), static_cast<QWidget *>(m_seats),
                          static_cast<QWidget *>(m_passengers), m_finish, static_cast<QWidget *>(m_waitlistPage)})
        m_pages->addWidget(page);
    // A desk has a mouse and a keyboard: no thumb-sized targets.
    m_flights->showAsTable();
    m_flights->view()->verticalHeader()->setDefaultSectionSize(32);
    m_seats->view()->setCellSize(40);
    m_passengers->setContinueText(tr("Continue"));
    m_waitlistPage->setForDesk(true);
    m_waitlistPage->doneButton()->setText(tr("&New booking"));
    m_waitlistPage->doneButton()->setMinimumSize(0, 0);
    m_passengers->contactFields()->setHeading(tr("The customer's e-mail and phone for the booking confirmation (optional)"));

    auto *layout = new QVBoxLayout(this);
    auto *rule = new QLabel(tr("An unpaid hold is cancelled when you sign out (or are signed out after inactivity) "
                               "unless you keep it for the customer."),
                            this);
    rule->setObjectName(QStringLiteral("deskHoldRule"));
    rule->setWordWrap(true);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);

    connect(m_flights, &FlightListScreen::flightChosen, this, &DeskBookingView::chooseFlight);
    connect(m_flights, &FlightListScreen::backRequested, this, &DeskBookingView::start);
    connect(m_seats, &SeatMapScreen::continueRequested, this, &DeskBookingView::enterPassengers);
    connect(m_seats, &SeatMapScreen::backRequested, this, [this] { showPage(m_flights); });
    connect(m_passengers, &PassengerScreen::continueRequested, this, &DeskBookingView::showFinish);
    connect(m_passengers, &PassengerScreen::backRequested, this, [this] { showPage(m_seats); });
    connect(m_seats, &SeatMapScreen::waitlistRequested, this, [this](Cabin cabin) {
        m_waitlistCabin = cabin;
        const int travellers = m_seats->partySize()->value();
        m_passengers->setWaitlist(travellers, tr("Waitlist for %1 %2 — %n traveller(s)", nullptr, travellers)
                                                  .arg(m_seats->flight().designator(), SeatMapModel::cabinTitle(cabin)));
        showPage(m_passengers);
    });
    connect(m_passengers, &PassengerScreen::joinWaitlistRequested, this, &DeskBookingView::joinWaitlist);
    followJourney();
    connect(m_waitlistPage, &WaitlistScreen::doneRequested, this, &DeskBookingView::start);
    // Alt+W on the seat map: the waitlist of the first cabin too full for the party.
    auto *waitlistKey = new QShortcut(QKeySequence(tr("Alt+W")), m_seats);
    waitlistKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(waitlistKey, &QShortcut::activated, this, [this] {
        const auto buttons = m_seats->waitlistButtons();
        if (!buttons.isEmpty() && buttons.first()->isEnabled())
            buttons.first()->click();
    });
    start();
}

DeskBookingView::~DeskBookingView()
{
    if (m_payment) {
        m_payment->disconnect(this);
        delete m_payment.data(); // it works on the journey's session, which goes before it
    }
    if (auto failed = m_journey->releaseUnkeptHold(QStringLiteral("desk hold not kept: the agent signed out")))
        qCWarning(lcDesk) << "could not release" << m_journey->session().reference() << failed->message;
}

QWidget *DeskBookingView::buildFinishPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("deskFinishPage"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Pay now or hold for the customer"), page);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("deskSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_holdTime = new QComboBox(page);
    m_holdTime->setObjectName(QStringLiteral("deskHoldTime"));
    m_holdTime->setAccessibleName(tr("How long to hold the seats for the customer"));
    for (int seconds : holdTimeChoices())
        m_holdTime->addItem(holdTimeText(seconds), seconds);
    m_holdTime->setCurrentIndex(m_holdTime->findData(2 * 3600));
    m_holdUntil = new QLabel(page);
    m_holdUntil->setObjectName(QStringLiteral("deskHoldUntil"));
    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_holdTime);
    holdRow->addWidget(m_holdUntil);
    holdRow->addStretch();
    form->addRow(tr("&Hold for"), holdRow);
    qobject_cast<QLabel *>(form->labelForField(holdRow))->setBuddy(m_holdTime);
    layout->addLayout(form);
    connect(m_holdTime, &QComboBox::currentIndexChanged, this, &DeskBookingView::showHoldUntil);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back to names"), page);
    connect(back, &QPushButton::clicked, this, [this] { showPage(m_passengers); });
    buttons->addWidget(back);
    buttons->addStretch();
    m_keep = new QPushButton(tr("&Keep hold for customer"), page);
    m_keep->setObjectName(QStringLiteral("deskKeepHold"));
    connect(m_keep, &QPushButton::clicked, this, &DeskBookingView::keepForCustomer);
    buttons->addWidget(m_keep);
    m_pay = new QPushButton(tr("Take &payment…"), page);
    m_pay->setObjectName(QStringLiteral("deskTakePayment"));
    m_pay->setDefault(true);
    connect(m_pay, &QPushButton::clicked, this, &DeskBookingView::takePayment);
    buttons->addWidget(m_pay);
    layout->addLayout(buttons);

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("deskMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch();
    return page;
}

QList<int> DeskBookingView::holdTimeChoices()
{
    return {10 * 60, 30 * 60, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 12 * 3600, HoldRequest::MaxTtlSeconds};
}

PaymentDialog *DeskBookingView::paymentDialog() const
{
    return m_payment;
}

QWidget *DeskBookingView::currentPage() const
{
    return m_pages->currentWidget();
}

void DeskBookingView::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
}

void DeskBookingView::start()
{
    m_journey->reset();
    m_flightId = 0;
    m_names.clear();
    m_contact = {};
    m_flights->reload();
    showPage(m_flights);
    m_flights->view()->setFocus();
}

void DeskBookingView::refresh()
{
    if (currentPage() == m_flights)
        m_flights->refresh();
    else if (currentPage() == m_seats)
        m_seats->refresh();
}

void DeskBookingView::chooseFlight(qint64 flightId)
{
    m_flightId = flightId;
    m_seats->showFlight(flightId);
    showPage(m_seats);
    m_seats->view()->setFocus();
}

void DeskBookingView::enterPassengers()
{
    m_passengers->setSeats(m_seats->selectedSeats(), m_seats->selectionSummary());
    showPage(m_passengers);
    if (QWidget *first = m_passengers->nameField(0))
        first->setFocus();
}

void DeskBookingView::showHoldUntil()
{
    auto now = m_catalog.serverNow(); // the deadline is the database server's
    const QDateTime until = (now ? *now : QDateTime::currentDateTimeUtc()).addSecs(m_holdTime->currentData().toInt());
    m_holdUntil->setText(tr("if kept: until %1, unless paid before; paying now takes the standard hold")
                             .arg(agentDateTime(until)));
}

void DeskBookingView::showFinish(const QStringList &names)
{
    m_names = names;
    m_contact = m_passengers->contact();
    const QString contact = QStringList{m_contact.email, m_contact.phone}.join(QLatin1Char(' ')).trimmed();
    m_summary->setText(contact.isEmpty()
                           ? tr("%1 — %2").arg(m_seats->selectionSummary(), names.join(QStringLiteral(", ")))
                           : tr("%1 — %2 — contact: %3")
                                 .arg(m_seats->selectionSummary(), names.join(QStringLiteral(", ")), contact));
    showLabelMessage(m_message, QString(), false);
    showHoldUntil();
    showPage(m_finish);
    m_pay->setFocus();
}

std::optional<Booking> DeskBookingView::hold(std::optional<int> ttlSeconds)
{
    return m_journey->hold({m_flightId, m_seats->selectedSeats(), m_names, m_contact, ttlSeconds});
}

void DeskBookingView::followJourney()
{
    connect(m_journey, &BookingJourney::seatsTaken, this, [this](const QStringList &codes) {
        m_seats->reportTaken(codes);
        showPage(m_seats);
    });
    connect(m_journey, &BookingJourney::holdRefused, this,
            [this](const QString &text) { showLabelMessage(m_message, text, true); });
    connect(m_journey, &BookingJourney::confirmed, this, [this](const Booking &paid) {
        Q_EMIT bookingMade(paid.reference);
        start();
    });
    connect(m_journey, &BookingJourney::holdExpired, this,
            [this] { showSeatsReleased(tr("The hold ran out and the seats were released. Nothing was charged.")); });
    connect(m_journey, &BookingJourney::notPaid, this,
            [this] { showSeatsReleased(tr("Not paid: the seats were released. Nothing was charged.")); });
}

void DeskBookingView::showSeatsReleased(const QString &notice)
{
    m_seats->showFlight(m_flightId);
    m_seats->setNotice(notice);
    showPage(m_seats);
}

void DeskBookingView::takePayment()
{
    const auto booking = hold(std::nullopt); // the standard hold: the customer pays now
    if (!booking)
        return;
    auto now = m_catalog.serverNow();
    m_payment = new PaymentDialog(m_journey->session(), *booking, now ? *now : QDateTime::currentDateTimeUtc(), false,
                                  this);
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_payment, &QDialog::finished, this, [this](int outcome) {
        m_journey->paymentEnded(paymentOutcome(outcome), m_payment ? m_payment->booking() : Booking{});
    });
    m_payment->open();
}

void DeskBookingView::joinWaitlist(const QStringList &names)
{
    WaitlistRequest request;
    request.flight = FlightRef::byId(m_flightId);
    request.cabin = cabinCode(m_waitlistCabin);
    request.passengers = names;
    request.contact = m_passengers->contact();
    auto entry = m_service.waitlist().join(request);
    if (!entry) {
        m_passengers->showProblem(WaitlistScreen::refusalText(entry.error(), SeatMapModel::cabinTitle(m_waitlistCabin),
                                                              request.contact.email));
        return;
    }
    qCInfo(lcDesk) << "waitlist entry" << entry->id << "at position" << entry->position << "on" << entry->flightKey;
    m_waitlistPage->showEntry(*entry, m_seats->flight().designator());
    showPage(m_waitlistPage);
}

void DeskBookingView::keepForCustomer()
{
    const int seconds = m_holdTime->currentData().toInt();
    const auto booking = hold(seconds);
    if (!booking)
        return;
    qCInfo(lcDesk) << booking->reference << "held for the customer until" << booking->holdDeadlineUtc;
    m_journey->reset(); // kept deliberately: not ours to cancel now
    Q_EMIT bookingMade(booking->reference);
    start();
}

} // namespace kiosk::ui
