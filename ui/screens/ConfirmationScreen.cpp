#include "ConfirmationScreen.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

ConfirmationScreen::ConfirmationScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("confirmationScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    auto *title = new QLabel(tr("You're booked"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addStretch();
    auto *caption = new QLabel(tr("Booking reference"), this);
    caption->setAlignment(Qt::AlignCenter);
    layout->addWidget(caption);
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("bookingReference"));
    m_reference->setAlignment(Qt::AlignCenter);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reference);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("bookingDetails"));
    m_details->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_details);
    layout->addStretch();
    auto *done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setMinimumSize(240, 72);
    done->setDefault(true); // the primary style: the way out
    connect(done, &QPushButton::clicked, this, &ConfirmationScreen::doneRequested);
    m_receipt = new QPushButton(tr("Receipt"), this);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    m_receipt->setMinimumSize(240, 72);
    m_receipt->setVisible(false);
    connect(m_receipt, &QPushButton::clicked, this, [this] { Q_EMIT receiptRequested(m_reference->text()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_receipt);
    buttons->addWidget(done);
    buttons->addStretch();
    layout->addLayout(buttons);
}

void ConfirmationScreen::setReceiptAvailable(bool available)
{
    m_receipt->setVisible(available);
}

void ConfirmationScreen::showBooking(const Booking &booking)
{
    // Spaced letters read better aloud at a counter: "K 7 P 3 X Q".
    m_reference->setText(booking.reference);
    m_reference->setAccessibleName(tr("Booking reference %1").arg(booking.reference.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '))));
    QStringList lines{tr("Flight %1").arg(booking.flightKey)};
    for (const Passenger &passenger : booking.passengers)
        lines << tr("Seat %1 — %2").arg(passenger.seat.toString(), passenger.name);
    lines << tr("Paid %1").arg(booking.captured.isValid() && booking.captured.minorUnits() > 0 ? booking.captured.toString()
                                                                                                 : booking.total.toString());
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString ConfirmationScreen::referenceText() const
{
    return m_reference->text();
}

} // namespace kiosk::ui
