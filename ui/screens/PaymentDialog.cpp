#include "PaymentDialog.h"

#include "CardTerminalPanel.h"
#include "KioskOptions.h"
#include "PaymentTarget.h"
#include "VoucherField.h"
#include "booking/BookingSession.h"
#include "widgets/CountdownLabel.h"
#include "widgets/DeclineReasonText.h"
#include "widgets/LocalMoney.h"
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
    : PaymentDialog(session, booking, serverNowUtc, onScreenKeypad ? CardEntry::TypedWithKeypad : CardEntry::Typed,
                    parent)
{
}

PaymentDialog::PaymentDialog(BookingSession &session, const Booking &booking, const QDateTime &serverNowUtc,
                             CardEntry entry, QWidget *parent)
    : PaymentDialog(PaymentTarget::forSession(session, nullptr), booking, serverNowUtc, entry, parent)
{
}

PaymentDialog::PaymentDialog(BookingService &service, const Booking &heldBooking, const QDateTime &serverNowUtc,
                             bool onScreenKeypad, QWidget *parent)
    : PaymentDialog(service, heldBooking, serverNowUtc, onScreenKeypad ? CardEntry::TypedWithKeypad : CardEntry::Typed,
                    parent)
{
}

PaymentDialog::PaymentDialog(BookingService &service, const Booking &heldBooking, const QDateTime &serverNowUtc,
                             CardEntry entry, QWidget *parent)
    : PaymentDialog(PaymentTarget::forHeldBooking(service, heldBooking, nullptr), heldBooking, serverNowUtc, entry,
                    parent)
{
}

PaymentDialog::CardEntry PaymentDialog::cardEntryFor(const KioskOptions &options)
{
    const bool touchOnly = options.mode == KioskOptions::Mode::Kiosk;
    if (options.cardTerminal)
        return touchOnly ? CardEntry::TerminalWithKeypad : CardEntry::Terminal;
    return touchOnly ? CardEntry::TypedWithKeypad : CardEntry::Typed;
}

PaymentDialog::PaymentDialog(PaymentTarget *target, const Booking &booking, const QDateTime &serverNowUtc,
                             CardEntry entry, QWidget *parent)
    : QDialog(parent), m_target(target), m_booking(booking)
{
    m_target->setParent(this);
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setModal(true);
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a long decline message

    m_holdRow = new QWidget(this);
    auto *holdRow = new QHBoxLayout(m_holdRow);
    holdRow->setContentsMargins(0, 0, 0, 0);
    holdRow->addWidget(new QLabel(tr("Your seats are held for"), m_holdRow));
    m_countdown = new CountdownLabel(m_holdRow);
    holdRow->addWidget(m_countdown);
    holdRow->addStretch();
    layout->addWidget(m_holdRow);

    // The desk: the summary above the card; the kiosk's step: beside it (showAsKioskStep).
    m_body = new QBoxLayout(QBoxLayout::TopToBottom);
    m_body->setSpacing(24);
    m_body->addWidget(buildSummary(), 0, Qt::AlignTop);
    auto *entryColumn = new QVBoxLayout;
    if (entry == CardEntry::Terminal || entry == CardEntry::TerminalWithKeypad) {
        setProperty("terminal", true);
        m_terminal = new CardTerminalPanel(booking.total, this);
        entryColumn->addWidget(m_terminal, 1);
        addTerminalVoucher(entryColumn, entry == CardEntry::TerminalWithKeypad);
    } else {
        addCardFields(entryColumn, entry == CardEntry::TypedWithKeypad);
    }
    m_body->addLayout(entryColumn, 1);
    layout->addLayout(m_body, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Payment status"));
    // Room for a decline reason from the start, so the dialog never jumps under a finger.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_message);

    // Pay dominant at the right, Cancel secondary at the left, as far apart as the window allows.
    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(m_target->releasesOnLeave() ? tr("Cancel and release seats") : tr("Close without paying"),
                               this);
    m_cancel->setObjectName(QStringLiteral("cancelPayment"));
    m_cancel->setMinimumHeight(64);
    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setMinimumHeight(m_terminal ? 96 : 64);
    m_pay->setDefault(true);
    showPrice(booking.total);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_pay);
    layout->addLayout(buttons);

    connect(m_pay, &QPushButton::clicked, this, &PaymentDialog::pay);
    connect(m_cancel, &QPushButton::clicked, this, &PaymentDialog::reject);
    connect(m_target, &PaymentTarget::paymentProgress, this, &PaymentDialog::onProgress);
    m_outageCheck = new QTimer(this);
    m_outageCheck->setInterval(2000);
    connect(m_outageCheck, &QTimer::timeout, this, &PaymentDialog::checkAfterOutage);
    connect(m_countdown, &CountdownLabel::expired, this, &PaymentDialog::onExpired);
    connect(m_countdown, &CountdownLabel::warningStarted, this,
            [this] { showMessage(tr("Less than a minute left to pay."), false); });
    m_countdown->start(booking.holdDeadlineUtc, serverNowUtc);
    if (m_number)
        m_number->setFocus();
    else
        m_pay->setFocus();
}

void PaymentDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setStyleState(m_message, "role", error ? QStringLiteral("error") : QStringLiteral("info"));
}

void PaymentDialog::showPrice(const Money &toPay)
{
    m_pay->setText(tr("Pay %1").arg(localMoney(toPay)));
    if (m_terminal)
        m_terminal->setAmount(toPay);
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
    for (QLineEdit *field : {m_number, m_expiry, m_cvc}) {
        if (field)
            field->setReadOnly(paying);
    }
    if (m_voucher)
        m_voucher->setReadOnly(paying);
    if (m_terminal && !paying)
        m_terminal->showReady();
}

void PaymentDialog::pay()
{
    if (m_paying)
        return;
    CardDetails card; // at a terminal none: the terminal reads the card
    if (!m_terminal) {
        card.number = m_number->text();
        card.cvc = m_cvc->text();
        if (!card.setExpiry(m_expiry->text())) {
            showMessage(tr("Enter the expiry date as MM/YY, for example 08/29."), true);
            m_expiry->setFocus();
            return;
        }
    }
    // A code typed but not applied yet is applied now: the traveller sees the price first.
    const QString typed = m_voucher->typedCode();
    if (!typed.isEmpty() && m_voucher->appliedCode() != typed) {
        applyVoucher(typed);
        m_voucher->codeField()->setFocus();
        return;
    }
    showVoucherKeys(false);
    setPaying(true);
    onProgress(PaymentStep::Authorizing);
    m_target->pay(card, m_voucher->appliedCode()).then(this, [this](const Result<Booking> &result) { onPaid(result); });
}

void PaymentDialog::onProgress(PaymentStep step)
{
    if (!m_paying)
        return;
    if (m_terminal) {
        m_terminal->showWaiting(step);
        m_message->clear();
        return;
    }
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
    if (m_cvc)
        m_cvc->clear();
    if (const QString atTerminal = CardTerminalPanel::outcomeText(error); !atTerminal.isEmpty()) {
        extendedHold(error);
        showMessage(atTerminal, true);
    } else if (error.code == ErrorCode::PaymentDeclined) {
        if (m_number) {
            m_number->clear();
            m_number->setFocus();
        }
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
        // As the database has it: the session's state machine may lag behind the payment.
        const auto now = m_target->current();
        const bool held = now ? now->state == BookingState::SeatHeld : m_target->state() == BookingState::SeatHeld;
        m_pay->setEnabled(held);
        showMessage(held
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
        if (m_voucher)
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
