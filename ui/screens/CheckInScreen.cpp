#include "CheckInScreen.h"

#include "CheckInSeatPage.h"
#include "checkin/CheckInSeatChanger.h"
#include "checkin/CheckInService.h"
#include "models/CheckInPassengerModel.h"
#include "widgets/ReferenceSurnameFields.h"
#include "widgets/UiText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {

// A barcode reader types the whole BCBP string into the focused field and presses Enter.
bool looksScanned(const QString &text)
{
    return text.size() > 40 && text.startsWith(QLatin1Char('M'));
}

QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumSize(240, 64);
    return button;
}

} // namespace

CheckInScreen::CheckInScreen(CheckInService &checkIns, CheckInSeatChanger &seats, FlightCatalog &catalog,
                             bool onScreenKeyboard, QWidget *parent)
    : QWidget(parent), m_checkIns(checkIns), m_seats(seats), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("checkInScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Check in"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    layout->addWidget(m_pages, 1);

    // Page 1: find the booking.
    auto *findPage = new QWidget(m_pages);
    auto *findLayout = new QVBoxLayout(findPage);
    findLayout->addWidget(new QLabel(tr("Enter your booking reference and surname, or scan the barcode of your "
                                        "boarding pass."),
                                     findPage));
    m_finder = new ReferenceSurnameFields(QStringLiteral("checkIn"), onScreenKeyboard, findPage);
    m_reference = m_finder->referenceField();
    m_surname = m_finder->surnameField();
    findLayout->addWidget(m_finder, 1);
    auto *findButtons = new QHBoxLayout;
    auto *back = bigButton(tr("Back"), findPage);
    connect(back, &QPushButton::clicked, this, &CheckInScreen::backRequested);
    m_find = bigButton(tr("Find my booking"), findPage);
    m_find->setObjectName(QStringLiteral("checkInFind"));
    m_find->setDefault(true);
    connect(m_find, &QPushButton::clicked, this, &CheckInScreen::find);
    connect(m_reference, &QLineEdit::returnPressed, this, [this] {
        if (looksScanned(m_reference->text()))
            find();
        else
            m_surname->setFocus();
    });
    connect(m_surname, &QLineEdit::returnPressed, this, &CheckInScreen::find);
    findButtons->addWidget(back);
    findButtons->addStretch();
    findButtons->addWidget(m_find);
    findLayout->addLayout(findButtons);
    m_pages->addWidget(findPage);

    // Page 2: choose passengers.
    auto *choosePage = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choosePage);
    m_flight = new QLabel(choosePage);
    m_flight->setObjectName(QStringLiteral("checkInFlight"));
    m_flight->setWordWrap(true);
    m_window = new QLabel(choosePage);
    m_window->setObjectName(QStringLiteral("checkInWindow"));
    m_window->setWordWrap(true);
    chooseLayout->addWidget(m_flight);
    chooseLayout->addWidget(m_window);
    chooseLayout->addWidget(new QLabel(tr("Who is checking in?"), choosePage));
    m_model = new CheckInPassengerModel(this);
    m_list = new QListView(choosePage);
    m_list->setObjectName(QStringLiteral("checkInPassengers"));
    m_list->setAccessibleName(tr("Passengers of the booking"));
    m_list->setModel(m_model);
    m_list->setSpacing(6);
    chooseLayout->addWidget(m_list, 1);
    m_checkInError = new QLabel(choosePage);
    m_checkInError->setObjectName(QStringLiteral("checkInError"));
    m_checkInError->setWordWrap(true);
    chooseLayout->addWidget(m_checkInError);
    auto *chooseButtons = new QHBoxLayout;
    auto *again = bigButton(tr("Back"), choosePage);
    connect(again, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    m_checkIn = bigButton(tr("Check in"), choosePage);
    m_checkIn->setObjectName(QStringLiteral("checkInConfirm"));
    m_checkIn->setDefault(true);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInScreen::checkIn);
    connect(m_model, &CheckInPassengerModel::choiceChanged, this,
            [this] { m_checkIn->setEnabled(!m_model->chosenSeats().isEmpty()); });
    m_changeSeat = bigButton(tr("Change seat"), choosePage);
    m_changeSeat->setObjectName(QStringLiteral("checkInChangeSeat"));
    m_changeSeat->setAccessibleName(tr("Change the seat of the highlighted passenger"));
    connect(m_changeSeat, &QPushButton::clicked, this, &CheckInScreen::openSeatPage);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CheckInScreen::updateChangeSeat);
    chooseButtons->addWidget(again);
    chooseButtons->addStretch();
    chooseButtons->addWidget(m_changeSeat);
    chooseButtons->addWidget(m_checkIn);
    chooseLayout->addLayout(chooseButtons);
    m_pages->addWidget(choosePage);

    // Page 3: a new seat for one passenger.
    m_seatPage = new CheckInSeatPage(catalog, m_pages);
    connect(m_seatPage, &CheckInSeatPage::cancelled, this, [this] { m_pages->setCurrentIndex(1); });
    connect(m_seatPage, &CheckInSeatPage::seatChosen, this, &CheckInScreen::changeSeat);
    m_pages->addWidget(m_seatPage);
}

void CheckInScreen::reset()
{
    m_finder->clear();
    showError(m_checkInError, QString());
    m_model->setPassengers({});
    m_pages->setCurrentIndex(0);
    m_reference->setFocus();
}

QString CheckInScreen::message() const
{
    return m_pages->currentIndex() == 0 ? m_finder->errorLabel()->text() : m_checkInError->text();
}

void CheckInScreen::showError(QLabel *label, const QString &message)
{
    showLabelMessage(label, message.isEmpty() ? QString() : sentence(message) + QLatin1Char('.'), !message.isEmpty());
}

void CheckInScreen::find()
{
    const QString reference = m_reference->text().trimmed();
    if (looksScanned(reference)) {
        // A scanned boarding pass proves the booking and names the passenger: check in at once.
        auto passes = m_checkIns.checkInByBarcode(reference);
        m_reference->clear();
        if (!passes)
            return m_finder->showError(passes.error().message);
        Q_EMIT checkedIn(*passes);
        return;
    }
    if (!m_finder->complete())
        return;
    auto found = m_checkIns.find(reference, m_surname->text());
    if (!found)
        return m_finder->showError(found.error().message);
    m_finder->showError(QString());
    m_foundReference = found->booking.reference;
    m_foundSurname = m_surname->text();
    showFound(*found);
}

void CheckInScreen::showFound(const CheckInBooking &found)
{
    const QTimeZone zone(found.originTimeZone.toUtf8());
    const auto local = [&](const QDateTime &utc) {
        return QLocale().toString(zone.isValid() ? utc.toTimeZone(zone) : utc, QLocale::ShortFormat);
    };
    const Flight &flight = found.flight;
    m_flight->setText(tr("Booking %1 · flight %2 from %3 to %4, departs %5")
                          .arg(found.booking.reference, flight.designator(), flight.origin, flight.destination,
                               local(flight.departureUtc)));
    const bool open = found.windowOpen();
    m_window->setText(open ? tr("Check-in is open until %1.").arg(local(found.window.closesAt(flight.departureUtc)))
                           : found.serverNowUtc < found.window.opensAt(flight.departureUtc)
                           ? tr("Check-in opens at %1.").arg(local(found.window.opensAt(flight.departureUtc)))
                           : tr("Check-in closed at %1. Please ask at the airline's desk.")
                                 .arg(local(found.window.closesAt(flight.departureUtc))));
    m_found = found;
    m_model->setPassengers(found.passengers);
    showError(m_checkInError, QString());
    m_pages->setCurrentIndex(1);
    m_list->setCurrentIndex(m_model->index(0, 0));
    updateChangeSeat();
}

void CheckInScreen::updateChangeSeat()
{
    // A checked-in passenger changes seat at the desk; before that, here.
    const CheckInPassenger *passenger = m_model->passengerAt(m_list->currentIndex().row());
    m_changeSeat->setEnabled(passenger && !passenger->sequence && m_found.windowOpen());
}

void CheckInScreen::openSeatPage()
{
    const CheckInPassenger *passenger = m_model->passengerAt(m_list->currentIndex().row());
    if (!passenger)
        return;
    if (!m_seatPage->showFor(m_found.flight, *passenger))
        return showError(m_checkInError, m_seatPage->notice());
    m_pages->setCurrentIndex(2);
}

void CheckInScreen::changeSeat(const SeatCode &from, const SeatCode &to)
{
    auto changed = m_seats.change(m_foundReference, m_foundSurname, from, to);
    if (!changed)
        return m_seatPage->setNotice(sentence(changed.error().message) + QLatin1Char('.'));
    const int row = m_list->currentIndex().row();
    showFound(*changed);
    m_list->setCurrentIndex(m_model->index(row, 0));
    showLabelMessage(m_checkInError, tr("Seat changed from %1 to %2.").arg(from.toString(), to.toString()), false);
}

void CheckInScreen::checkIn()
{
    auto passes = m_checkIns.checkIn(m_foundReference, m_foundSurname, m_model->chosenSeats());
    if (!passes)
        return showError(m_checkInError, passes.error().message);
    Q_EMIT checkedIn(*passes);
}

} // namespace kiosk::ui
