#include "PaymentDialog.h"

#include "PaymentTarget.h"
#include "VoucherField.h"
#include "booking/BookingSession.h"
#include "widgets/CountdownLabel.h"
#include "widgets/DeclineReasonText.h"
#include "widgets/OnScreenKeyboard.h"
#include "widgets/StyleState.h"
#include "widgets/UiText.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kiosk::ui {

PaymentDialog::PaymentDialog(BookingSession &session, const Booking &booking, const QDateTime &serverNowUtc,
                             bool onScreenKeypad, QWidget *parent)
    : PaymentDialog(PaymentTarget::forSession(session, nullptr), booking, serverNowUtc, onScreenKeypad, parent)
{
}

PaymentDialog::PaymentDialog(BookingService &service, const Booking &heldBooking, const QDateTime &serverNowUtc,
                             bool onScreenKeypad, QWidget *parent)
    : PaymentDialog(PaymentTarget::forHeldBooking(service, heldBooking, nullptr), heldBooking, serverNowUtc,
                    onScreenKeypad, parent)
{
}

PaymentDialog::PaymentDialog(PaymentTarget *target, const Booking &booking, const QDateTime &serverNowUtc,
                             bool onScreenKeypad, QWidget *parent)
    : QDialog(parent), m_target(target), m_booking(booking)
{
    m_target->setParent(this);
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setModal(true);
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a long decline message

    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(new QLabel(tr("Your seats are held for"), this));
    m_countdown = new CountdownLabel(this);
    holdRow->addWidget(m_countdown);
    holdRow->addStretch();
    layout->addLayout(holdRow);

    QStringList seats;
    for (const Passenger &passenger : booking.passengers)
        seats << QStringLiteral("%1 %2").arg(passenger.seat.toString(), passenger.name);
    auto *summary = new QLabel(tr("Flight %1\n%2\nTotal %3")
                                   .arg(booking.flightKey, seats.join(QLatin1Char('\n')), booking.total.toString()),
                               this);
    summary->setObjectName(QStringLiteral("paymentSummary"));
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("cardNumber"));
    m_number->setAccessibleName(tr("Card number"));
    m_number->setEchoMode(QLineEdit::PasswordEchoOnEdit); // hidden once the traveller moves on
    m_number->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_number->setMaxLength(23);
    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(QStringLiteral("cardExpiry"));
    m_expiry->setAccessibleName(tr("Expiry date, month and year"));
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setMaxLength(7);
    m_cvc = new QLineEdit(this);
    m_cvc->setObjectName(QStringLiteral("cardCvc"));
    m_cvc->setAccessibleName(tr("Security code"));
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setMaxLength(4);
    m_cvc->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    for (QLineEdit *field : {m_number, m_expiry, m_cvc})
        field->setMinimumHeight(56); // a thumb's width
    form->addRow(tr("Card &number"), m_number);
    form->addRow(tr("&Expiry"), m_expiry);
    form->addRow(tr("Security &code"), m_cvc);
    m_voucher = new VoucherField(this);
    auto *entry = new QHBoxLayout;
    entry->addLayout(form, 1);
    if (onScreenKeypad) {
        m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, this);
        entry->addWidget(m_keyboard, 0, Qt::AlignTop);
        // Letters and digits for a voucher code, digits for the card.
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            if (!now || !isAncestorOf(now))
                return;
            const auto wanted = now == m_voucher->codeField() ? OnScreenKeyboard::Layout::LettersAndDigits
                                                              : OnScreenKeyboard::Layout::Digits;
            if (m_keyboard->keys() != wanted)
                m_keyboard->showKeys(wanted);
        });
    }
    layout->addLayout(entry);
    layout->addWidget(m_voucher); // full width: the discount's sentence has room

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Payment status"));
    // Room for a decline reason from the start, so the dialog never jumps under a finger.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(m_target->releasesOnLeave() ? tr("Cancel and release seats") : tr("Close without paying"),
                               this);
    m_cancel->setObjectName(QStringLiteral("cancelPayment"));
    m_cancel->setMinimumHeight(64);
    m_pay = new QPushButton(tr("Pay %1").arg(booking.total.toString()), this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setMinimumHeight(64);
    m_pay->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_pay);
    layout->addLayout(buttons);

    connect(m_pay, &QPushButton::clicked, this, &PaymentDialog::pay);
    connect(m_voucher, &VoucherField::applyRequested, this, [this](const QString &code) { applyVoucher(code); });
    connect(m_voucher, &VoucherField::cleared, this, [this] { showPrice(m_booking.total); });
    connect(m_cancel, &QPushButton::clicked, this, &PaymentDialog::reject);
    connect(m_target, &PaymentTarget::paymentProgress, this, &PaymentDialog::onProgress);
    m_outageCheck = new QTimer(this);
    m_outageCheck->setInterval(2000);
    connect(m_outageCheck, &QTimer::timeout, this, &PaymentDialog::checkAfterOutage);
    connect(m_countdown, &CountdownLabel::expired, this, &PaymentDialog::onExpired);
    connect(m_countdown, &CountdownLabel::warningStarted, this,
            [this] { showMessage(tr("Less than a minute left to pay."), false); });
    m_countdown->start(booking.holdDeadlineUtc, serverNowUtc);
    m_number->setFocus();
}

void PaymentDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setStyleState(m_message, "role", error ? QStringLiteral("error") : QStringLiteral("info"));
}

void PaymentDialog::showPrice(const Money &toPay)
{
    m_pay->setText(tr("Pay %1").arg(toPay.toString()));
}

bool PaymentDialog::applyVoucher(const QString &code)
{
    auto quote = m_target->quoteVoucher(code);
    if (!quote) {
        m_voucher->showRefusal(sentence(quote.error().message));
        showPrice(m_booking.total);
        return false;
    }
    m_voucher->showQuote(code, *quote);
    showPrice(quote->toPay);
    return true;
}

void PaymentDialog::setPaying(bool paying)
{
    m_paying = paying;
    m_pay->setEnabled(!paying);
    m_cancel->setEnabled(!paying);
    for (QLineEdit *field : {m_number, m_expiry, m_cvc})
        field->setReadOnly(paying);
    m_voucher->setReadOnly(paying);
}

void PaymentDialog::pay()
{
    if (m_paying)
        return;
    CardDetails card;
    card.number = m_number->text();
    card.cvc = m_cvc->text();
    if (!card.setExpiry(m_expiry->text())) {
        showMessage(tr("Enter the expiry date as MM/YY, for example 08/29."), true);
        m_expiry->setFocus();
        return;
    }
    // A code typed but not applied yet is applied now: the traveller sees the price first.
    const QString typed = m_voucher->typedCode();
    if (!typed.isEmpty() && m_voucher->appliedCode() != typed) {
        applyVoucher(typed);
        m_voucher->codeField()->setFocus();
        return;
    }
    setPaying(true);
    onProgress(PaymentStep::Authorizing);
    m_target->pay(card, m_voucher->appliedCode()).then(this, [this](const Result<Booking> &result) { onPaid(result); });
}

void PaymentDialog::onProgress(PaymentStep step)
{
    if (!m_paying)
        return;
    switch (step) {
    case PaymentStep::Authorizing:
        showMessage(tr("Authorizing the payment with your bank…"), false);
        break;
    case PaymentStep::Confirming:
    case PaymentStep::Capturing:
        showMessage(tr("Your bank approved the payment. Confirming your booking…"), false);
        break;
    case PaymentStep::Checking:
        showMessage(tr("Checking with your bank what happened to the payment. Please wait…"), false);
        break;
    }
}

// A decline extends the hold once (the core's "hold_extended", then the new deadline): the
// countdown follows; the milliseconds gained, or 0.
qint64 PaymentDialog::extendedHold(const Error &declined)
{
    const qsizetype at = declined.details.indexOf(QStringLiteral("hold_extended"));
    if (at < 0)
        return 0;
    const QDateTime deadline = QDateTime::fromString(declined.details.value(at + 1), Qt::ISODate);
    const qint64 gained = m_booking.holdDeadlineUtc.msecsTo(deadline);
    if (!deadline.isValid() || gained <= 0)
        return 0;
    m_booking.holdDeadlineUtc = deadline;
    m_countdown->extendBy(gained);
    return gained;
}

void PaymentDialog::onPaid(const Result<Booking> &result)
{
    setPaying(false);
    const bool expired = m_expiredWhilePaying;
    m_expiredWhilePaying = false;
    Q_EMIT paymentFinished();
    if (result) {
        m_booking = *result;
        m_countdown->stop();
        accept();
        return;
    }
    const Error &error = result.error();
    if (error.code == ErrorCode::HoldExpired || (expired && m_target->state() != BookingState::PaymentPending)) {
        onExpired();
        return;
    }
    m_cvc->clear();
    if (error.code == ErrorCode::PaymentDeclined) {
        m_number->clear();
        m_number->setFocus();
        const qint64 gainedMs = extendedHold(error);
        const QString reason = declineReasonText(error.details.value(0), error.details.value(1));
        if (gainedMs > 0)
            showMessage(tr("Your bank declined the payment: %1 You have not been charged. We are keeping your seats "
                           "%n more minute(s) so you can try another card.",
                           nullptr, int((gainedMs + 30000) / 60000))
                            .arg(reason),
                        true);
        else
            showMessage(tr("Your bank declined the payment: %1 You have not been charged. Please try another card "
                           "while your seats are held.")
                            .arg(reason),
                        true);
    } else if (error.details.contains(QStringLiteral("release_pending"))) {
        // The one case with no clear answer: say exactly what will happen to the money.
        m_pay->setEnabled(false);
        showMessage(tr("We could not get a clear answer from your bank, so your booking is not confirmed. We will "
                       "not charge you twice: anything reserved or taken on your card for this attempt is given back "
                       "automatically. Please ask a member of staff for help."),
                    true);
    } else if (error.details.contains(QStringLiteral("not_charged"))) {
        m_pay->setEnabled(m_target->state() == BookingState::SeatHeld);
        showMessage(m_target->state() == BookingState::SeatHeld
                        ? tr("The payment did not go through and you have not been charged. Please try again while "
                             "your seats are held.")
                        : tr("The payment did not go through and you have not been charged. Your booking is not "
                             "confirmed."),
                    true);
    } else if (error.code == ErrorCode::DatabaseUnavailable) {
        // The database went away mid-payment: the attempt was recorded first, so the
        // terminal's reconciler settles it once the database is back (captured and
        // confirmed, or released).
        m_pay->setEnabled(false);
        m_outageCheck->start();
        showMessage(tr("We lost the connection to the booking system, so your booking is not confirmed yet. "
                       "Please wait: as soon as it is back we finish or cancel the payment. If it is cancelled, "
                       "any amount reserved on your card is released and you are not charged."),
                    true);
        Q_EMIT databaseUnreachable(error);
    } else if (error.code == ErrorCode::VoucherRefused) {
        // Used up or withdrawn since it was applied: the traveller decides what next.
        m_voucher->showRefusal(sentence(error.message));
        showPrice(m_booking.total);
        showMessage(tr("You have not been charged. Pay without the voucher or try another one."), true);
    } else {
        showMessage(sentence(error.message), true);
    }
}

// After an outage the database says what became of the payment (the reconciler settles an
// attempt left pending); until it answers, keep asking.
void PaymentDialog::checkAfterOutage()
{
    if (!m_outageCheck->isActive())
        return;
    auto now = m_target->current();
    if (!now)
        return;
    switch (now->state) {
    case BookingState::Confirmed:
        m_outageCheck->stop();
        m_booking = *now;
        m_countdown->stop();
        accept();
        break;
    case BookingState::SeatHeld:
        m_outageCheck->stop();
        m_pay->setEnabled(true);
        showMessage(tr("The payment did not go through and you have not been charged. Please try again while "
                       "your seats are held."),
                    true);
        break;
    case BookingState::Expired:
    case BookingState::Cancelled:
        m_outageCheck->stop();
        onExpired();
        break;
    default:
        break; // PAYMENT_PENDING: the reconciler has not settled it yet
    }
}

// Cancel, Esc and the window's close all end here: whoever leaves the journey's payment
// leaves the seats, so they are released at once instead of showing "held" until the hold
// runs out. A booking found again keeps its hold: it was made to wait for its payer.
void PaymentDialog::reject()
{
    if (m_paying)
        return; // the answer is on its way; leaving now would leave the traveller unsure
    if (m_target->releasesOnLeave()) {
        auto cancelled = m_target->cancel(QStringLiteral("traveller cancelled at payment"));
        if (!cancelled && cancelled.error().code != ErrorCode::WrongState) {
            showMessage(sentence(cancelled.error().message), true);
            return;
        }
    }
    m_countdown->stop();
    QDialog::reject();
}

void PaymentDialog::onExpired()
{
    if (m_paying) {
        m_expiredWhilePaying = true;
        return;
    }
    m_countdown->stop();
    done(HoldExpired);
}

BookingJourney::PaymentOutcome paymentOutcome(int dialogResult)
{
    if (dialogResult == QDialog::Accepted)
        return BookingJourney::PaymentOutcome::Paid;
    return dialogResult == PaymentDialog::HoldExpired ? BookingJourney::PaymentOutcome::HoldExpired
                                                      : BookingJourney::PaymentOutcome::NotPaid;
}

} // namespace kiosk::ui
