#include "ChangeSeatDialog.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "domain/Cabin.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

ChangeSeatDialog::ChangeSeatDialog(BookingService &service, FlightCatalog &catalog, const Booking &booking,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_catalog(catalog), m_booking(booking)
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
            m_passenger->addItem(tr("%1 in %2 (%3)").arg(p.name, p.seat.toString(), cabinName(p.cabin)),
                                 p.seat.toString());
    }
    m_seat = new QComboBox(this);
    m_seat->setObjectName(QStringLiteral("changeSeatNewSeat"));
    m_seat->setAccessibleName(tr("New seat"));
    form->addRow(tr("&Passenger"), m_passenger);
    form->addRow(tr("&New seat"), m_seat);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changeSeatMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("&Change seat"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeSeatButton"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &ChangeSeatDialog::change);
    connect(m_passenger, &QComboBox::currentIndexChanged, this, &ChangeSeatDialog::listFreeSeats);
    listFreeSeats();
}

void ChangeSeatDialog::listFreeSeats()
{
    m_seat->clear();
    const QString from = m_passenger->currentData().toString();
    Cabin cabin = Cabin::Economy;
    for (const Passenger &p : std::as_const(m_booking.passengers)) {
        if (p.seat.toString() == from)
            cabin = p.cabin;
    }
    auto seats = m_catalog.seats(m_booking.flightId, SalesChannel::Desk);
    if (!seats) {
        showLabelMessage(m_message, sentence(seats.error().message), true);
        m_change->setEnabled(false);
        return;
    }
    for (const Seat &seat : std::as_const(*seats)) {
        if (seat.cabin == cabin && seat.status == SeatStatus::Free)
            m_seat->addItem(seat.code.toString(), seat.code.toString());
    }
    m_change->setEnabled(m_seat->count() > 0);
    if (m_seat->count() == 0)
        showLabelMessage(m_message, tr("No seat of this cabin is free."), false);
}

void ChangeSeatDialog::change()
{
    const auto from = SeatCode::parse(m_passenger->currentData().toString());
    const auto to = SeatCode::parse(m_seat->currentData().toString());
    if (!from || !to)
        return;
    auto moved = m_service.changeSeat(m_booking.reference, *from, *to);
    if (!moved) {
        showLabelMessage(m_message, sentence(moved.error().message) + QLatin1Char('.'), true);
        listFreeSeats();
        return;
    }
    showLabelMessage(m_message, tr("Moved from %1 to %2.").arg(from->toString(), to->toString()), false);
    m_booking = *moved;
    m_change->setEnabled(false);
    Q_EMIT seatChanged(*moved);
}

} // namespace kiosk::ui
