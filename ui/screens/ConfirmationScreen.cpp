#include "ConfirmationScreen.h"

#include "booking/ReceiptBuilder.h"
#include "widgets/DocumentMailButton.h"
#include "widgets/LocalMoney.h"
#include "widgets/UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
QLabel *addLabel(QWidget *parent, QBoxLayout *layout, const char *name, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(wrap);
    layout->addWidget(label);
    return label;
}

// "visa" -> "Visa": the brand as a traveller reads it on the card.
QString brandName(const QString &brand)
{
    return brand.isEmpty() ? brand : brand.left(1).toUpper() + brand.mid(1);
}
} // namespace

ConfirmationScreen::ConfirmationScreen(QWidget *parent) : QWidget(parent), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("confirmationScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(16);

    auto *success = new QHBoxLayout;
    success->addStretch();
    auto *icon = new QLabel(QString(QChar(0x2713)), this); // ✓
    icon->setObjectName(QStringLiteral("successIcon"));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(tr("Payment successful"));
    success->addWidget(icon);
    auto *title = new QLabel(tr("You're booked"), this);
    title->setObjectName(QStringLiteral("successTitle"));
    success->addWidget(title);
    success->addStretch();
    layout->addLayout(success);

    auto *caption = new QLabel(tr("Booking reference"), this);
    caption->setAlignment(Qt::AlignCenter);
    layout->addWidget(caption);
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("bookingReference"));
    m_reference->setAlignment(Qt::AlignCenter);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reference);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("tripCard"));
    auto *details = new QVBoxLayout(card);
    details->setContentsMargins(24, 16, 24, 16);
    m_trip = addLabel(card, details, "tripText");
    m_seats = addLabel(card, details, "bookingDetails");
    m_payment = addLabel(card, details, "paymentBlock");
    layout->addWidget(card);
    m_message = addLabel(this, layout, "confirmationMessage");
    layout->addStretch();

    m_print = new QPushButton(tr("Print receipt"), this);
    m_print->setObjectName(QStringLiteral("printReceipt"));
    m_mail = new DocumentMailButton(this);
    m_receipt = new QPushButton(tr("Receipt"), this);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    auto *done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setDefault(true); // the primary style: the way out
    for (QPushButton *button : {m_print, m_receipt, done})
        button->setMinimumSize(240, 72);
    for (QPushButton *button : {m_print, m_receipt})
        button->setVisible(false);
    connect(done, &QPushButton::clicked, this, &ConfirmationScreen::doneRequested);
    connect(m_receipt, &QPushButton::clicked, this, [this] { Q_EMIT receiptRequested(m_reference->text()); });
    connect(m_print, &QPushButton::clicked, this, &ConfirmationScreen::print);
    connect(m_mail, &DocumentMailButton::reported, this, [this](const QString &text, bool error) {
        showLabelMessage(m_message, text, error);
        startClosing(); // time to read what happened
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_mail);
    buttons->addWidget(m_receipt);
    buttons->addStretch();
    buttons->addWidget(done);
    layout->addLayout(buttons);

    m_closesIn = new QLabel(this);
    m_closesIn->setObjectName(QStringLiteral("closesIn"));
    m_closesIn->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_closesIn);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConfirmationScreen::tick);
}

void ConfirmationScreen::setReceipts(ReceiptBuilder *receipts, const ReceiptOutput &output)
{
    m_receipts = receipts;
    m_output = output;
    m_print->setText(output.printer.isEmpty() ? tr("Save receipt as PDF") : tr("Print receipt"));
    setReceiptAvailable(receipts != nullptr);
}

void ConfirmationScreen::setMailer(DocumentMailer *mailer)
{
    m_mail->setMailer(mailer);
}

void ConfirmationScreen::setReceiptAvailable(bool available)
{
    m_receipt->setVisible(available);
    m_print->setVisible(available && m_receipts);
}

void ConfirmationScreen::showBooking(const Booking &booking, const TripDetails &trip)
{
    // Spaced letters read better aloud at a counter: "K 7 P 3 X Q".
    m_reference->setText(booking.reference);
    m_reference->setAccessibleName(tr("Booking reference %1").arg(booking.reference.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '))));
    m_trip->setText(trip.isKnown() ? QStringList{trip.flightText(), trip.routeText(), trip.timesText()}.join(QLatin1Char('\n'))
                                   : tr("Flight %1").arg(booking.flightKey));
    m_seats->setText(TripDetails::seatLines(booking).join(QLatin1Char('\n')));
    showLabelMessage(m_message, QString(), false);

    // The receipt block: what was taken from which card (never more of it than brand and last four).
    m_shown.reset();
    if (m_receipts) {
        auto receipt = m_receipts->build(booking.reference);
        if (receipt)
            m_shown = *receipt;
    }
    QStringList paid;
    if (m_shown) {
        for (const ReceiptPayment &payment : std::as_const(m_shown->payments))
            paid << (payment.cardLast4.isEmpty()
                         ? tr("Paid %1").arg(localMoney(payment.captured))
                         : tr("Paid %1 with %2 ending %3").arg(localMoney(payment.captured), brandName(payment.cardBrand),
                                                               payment.cardLast4));
        if (m_shown->voucher)
            paid << tr("Voucher %1: %2 off").arg(m_shown->voucher->hint, localMoney(m_shown->voucher->discount));
    }
    if (paid.isEmpty())
        paid << tr("Paid %1").arg(localMoney(booking.captured.isValid() && booking.captured.minorUnits() > 0
                                                 ? booking.captured
                                                 : booking.total));
    m_payment->setText(paid.join(QLatin1Char('\n')));
    m_print->setEnabled(m_shown.has_value());
    DocumentMailRequest request;
    request.document = DocumentMailRequest::Document::Receipt;
    request.reference = booking.reference;
    m_mail->offer(request);
    startClosing();
}

void ConfirmationScreen::print()
{
    if (!m_shown)
        return;
    const ReceiptDelivered delivered = deliverReceipt(m_output, *m_shown);
    showLabelMessage(m_message, delivered.text, delivered.error);
    startClosing();
}

void ConfirmationScreen::startClosing()
{
    m_secondsLeft = m_closeSeconds;
    m_closesIn->setText(tr("This screen closes in %1 s").arg(m_secondsLeft));
    m_tick->start();
}

void ConfirmationScreen::tick()
{
    if (--m_secondsLeft > 0) {
        m_closesIn->setText(tr("This screen closes in %1 s").arg(m_secondsLeft));
        return;
    }
    m_tick->stop();
    Q_EMIT doneRequested();
}

void ConfirmationScreen::hideEvent(QHideEvent *event)
{
    m_tick->stop(); // the receipt's preview, or the next traveller: nothing to close any more
    QWidget::hideEvent(event);
}

QString ConfirmationScreen::referenceText() const
{
    return m_reference->text();
}

} // namespace kiosk::ui
