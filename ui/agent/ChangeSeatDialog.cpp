#include "ChangeSeatDialog.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "domain/Cabin.h"
#include "models/SeatMapModel.h"
#include "widgets/LocalMoney.h"
#include "widgets/SeatMapView.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

ChangeSeatDialog::ChangeSeatDialog(BookingService &service, FlightCatalog &catalog, const Booking &booking,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_catalog(catalog), m_booking(booking), m_map(new SeatMapModel(this)),
      m_view(new SeatMapView(this))
{
    setObjectName(QStringLiteral("changeSeatDialog"));
    setWindowTitle(tr("Change seat — %1").arg(booking.reference));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_passenger = new QComboBox(this);
    m_passenger->setObjectName(QStringLiteral("changeSeatPassenger"));
    m_passenger->setAccessibleName(tr("Passenger to move"));
    for (const Passenger &p : std::as_const(booking.passengers)) {
        if (p.active)
            m_passenger->addItem(passengerText(p), p.seat.toString());
    }
    form->addRow(tr("&Passenger"), m_passenger);
    layout->addLayout(form);
    m_view->setObjectName(QStringLiteral("changeSeatMap"));
    m_view->setAccessibleName(tr("Seat map: the new seat"));
    m_view->setSeatModel(m_map);
    m_view->setCellSize(34); // a dialog's size: a narrow-body's whole width without scrolling
    m_view->setMinimumHeight(360);
    m_map->setPartySize(1);
    // The map on the left, what is chosen and what the core said beside it.
    auto *mapAndChoice = new QHBoxLayout;
    mapAndChoice->addWidget(m_view);
    auto *side = new QVBoxLayout;
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("changeSeatChosen"));
    m_chosen->setWordWrap(true);
    side->addWidget(m_chosen);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changeSeatMessage"));
    m_message->setWordWrap(true);
    side->addWidget(m_message);
    side->addStretch();
    mapAndChoice->addLayout(side, 1);
    layout->addLayout(mapAndChoice, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("&Change seat"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeSeatButton"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &ChangeSeatDialog::change);
    connect(m_passenger, &QComboBox::currentIndexChanged, this, [this] {
        m_map->clearSelection();
        m_message->clear();
    });
    // A tap on another free seat moves the choice there (the party is one passenger).
    connect(m_view, &SeatMapView::seatRefused, this, &ChangeSeatDialog::seatTapped);
    connect(m_map, &SeatMapModel::selectionChanged, this, &ChangeSeatDialog::showChoice);
    loadSeats();
    resize(720, 640);
}

QString ChangeSeatDialog::passengerText(const Passenger &passenger)
{
    return tr("%1 in %2 (%3)").arg(passenger.name, passenger.seat.toString(), cabinName(passenger.cabin));
}

std::optional<SeatCode> ChangeSeatDialog::chosenSeat() const
{
    const QList<SeatCode> chosen = m_map->selectedSeats();
    return chosen.isEmpty() ? std::nullopt : std::optional<SeatCode>(chosen.first());
}

Cabin ChangeSeatDialog::passengerCabin() const
{
    const QString from = m_passenger->currentData().toString();
    for (const Passenger &p : std::as_const(m_booking.passengers)) {
        if (p.seat.toString() == from)
            return p.cabin;
    }
    return Cabin::Economy;
}

void ChangeSeatDialog::loadSeats()
{
    auto seats = m_catalog.seats(m_booking.flightId, SalesChannel::Desk);
    if (!seats) {
        m_map->setSeats({});
        showLabelMessage(m_message, sentence(seats.error().message), true);
        m_change->setEnabled(false);
        return;
    }
    m_map->setSeats(*seats);
    showChoice();
}

void ChangeSeatDialog::seatTapped(const QString &code)
{
    const Seat *seat = m_map->seat(code);
    if (seat && seat->status == SeatStatus::Free)
        m_map->assign(code, 1);
    else
        showLabelMessage(m_message, tr("Seat %1 is not free.").arg(code), true);
}

void ChangeSeatDialog::showChoice()
{
    const auto chosen = chosenSeat();
    const Cabin cabin = passengerCabin();
    if (!chosen) {
        m_chosen->setText(tr("Choose a free seat in %1 on the map.").arg(SeatMapModel::cabinTitle(cabin)));
        m_change->setEnabled(false);
        return;
    }
    const Seat *seat = m_map->seat(chosen->toString());
    if (!seat)
        return;
    const bool sameCabin = seat->cabin == cabin;
    QStringList words = SeatMapModel::featureWords(*seat);
    words << SeatMapModel::cabinTitle(seat->cabin) << localMoney(seat->price);
    m_chosen->setText(tr("New seat %1: %2").arg(chosen->toString(), words.join(QStringLiteral(", "))));
    m_change->setEnabled(sameCabin);
    if (sameCabin)
        m_message->clear();
    else
        showLabelMessage(m_message,
                         tr("The passenger is booked in %1: choose a seat of that cabin (another cabin is a new booking).")
                             .arg(SeatMapModel::cabinTitle(cabin)),
                         true);
}

void ChangeSeatDialog::change()
{
    const auto from = SeatCode::parse(m_passenger->currentData().toString());
    const auto to = chosenSeat();
    if (!from || !to)
        return;
    auto moved = m_service.changeSeat(m_booking.reference, *from, *to);
    if (!moved) {
        const QString why = sentence(moved.error().message) + QLatin1Char('.');
        loadSeats();
        showLabelMessage(m_message, why, true);
        return;
    }
    m_booking = *moved;
    const int at = m_passenger->currentIndex();
    m_passenger->setItemData(at, to->toString());
    for (const Passenger &p : std::as_const(m_booking.passengers)) {
        if (p.active && p.seat == *to)
            m_passenger->setItemText(at, passengerText(p));
    }
    loadSeats();
    showLabelMessage(m_message, tr("Moved from %1 to %2.").arg(from->toString(), to->toString()), false);
    m_change->setEnabled(false);
    Q_EMIT seatChanged(*moved);
}

} // namespace kiosk::ui
