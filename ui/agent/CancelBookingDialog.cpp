#include "CancelBookingDialog.h"

#include "auth/AccessPolicy.h"
#include "booking/BookingService.h"
#include "widgets/LocalMoney.h"
#include "widgets/StyleState.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

CancelBookingDialog::CancelBookingDialog(BookingService &service, const Booking &booking, QWidget *parent)
    : QDialog(parent), m_service(service), m_booking(booking)
{
    setObjectName(QStringLiteral("cancelBookingDialog"));
    setWindowTitle(tr("Cancel booking %1").arg(booking.reference));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("cancelScope"));
    m_scope->setAccessibleName(tr("What to cancel"));
    m_scope->addItem(tr("The whole booking"), QString());
    for (const Passenger &p : std::as_const(booking.passengers)) {
        if (p.active)
            m_scope->addItem(tr("Only %1 in seat %2").arg(p.name, p.seat.toString()), p.seat.toString());
    }
    form->addRow(tr("&Cancel"), m_scope);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason for the cancellation"));
    m_reason->setPlaceholderText(tr("e.g. customer request"));
    form->addRow(tr("&Reason"), m_reason);
    layout->addLayout(form);

    auto *quoteBox = new QGroupBox(tr("Refund by the cancellation policy"), this);
    auto *quoteLayout = new QVBoxLayout(quoteBox);
    m_quote = new QLabel(quoteBox);
    m_quote->setObjectName(QStringLiteral("refundQuote"));
    m_quote->setAccessibleName(tr("Refund quote"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    quoteLayout->addWidget(m_quote);
    layout->addWidget(quoteBox);

    m_override = new QGroupBox(tr("&Override refund (supervisor)"), this);
    m_override->setObjectName(QStringLiteral("overrideBox"));
    m_override->setCheckable(true);
    m_override->setChecked(false);
    auto *overrideForm = new QFormLayout(m_override);
    m_overrideAmount = new QLineEdit(m_override);
    m_overrideAmount->setObjectName(QStringLiteral("overrideAmount"));
    m_overrideAmount->setAccessibleName(tr("Override refund amount"));
    m_overrideAmount->setPlaceholderText(tr("amount in %1, e.g. 80.00").arg(booking.total.currency()));
    m_overrideReason = new QLineEdit(m_override);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setAccessibleName(tr("Override reason"));
    m_overrideReason->setPlaceholderText(tr("required, kept in the audit trail"));
    overrideForm->addRow(tr("&Amount"), m_overrideAmount);
    overrideForm->addRow(tr("Reaso&n"), m_overrideReason);
    if (!AccessPolicy::allows(service.actor().role, Permission::OverrideRefund)) {
        m_override->setEnabled(false);
        m_override->setToolTip(tr("Only a supervisor may override the refund policy; you are signed in as %1.")
                                   .arg(roleDisplayName(service.actor().role)));
    }
    layout->addWidget(m_override);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cancelMessage"));
    m_message->setAccessibleName(tr("Cancellation result"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // the gateway gives no percentage: busy until it answers
    m_progress->setAccessibleName(tr("Refund in progress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmCancelButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &CancelBookingDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CancelBookingDialog::requote);
    connect(m_override, &QGroupBox::toggled, this, &CancelBookingDialog::disarm);
    for (QLineEdit *field : {m_reason, m_overrideAmount, m_overrideReason})
        connect(field, &QLineEdit::textChanged, this, &CancelBookingDialog::disarm);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CancelBookingDialog::finished);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    requote();
}

Result<CancellationRequest> CancelBookingDialog::request() const
{
    CancellationRequest r;
    r.reference = m_booking.reference;
    const QString seat = m_scope->currentData().toString();
    if (!seat.isEmpty())
        r.passengerSeat = SeatCode::parse(seat);
    r.reason = m_reason->text().trimmed().isEmpty() ? tr("cancelled at the desk") : m_reason->text().trimmed();
    if (m_override->isEnabled() && m_override->isChecked()) {
        const auto amount = Money::parse(m_overrideAmount->text(), m_booking.total.currency());
        if (!amount)
            return makeError(ErrorCode::BadInput, tr("The override amount must be an amount in %1 such as 80.00, not '%2'.")
                                                      .arg(m_booking.total.currency(), m_overrideAmount->text()));
        if (m_overrideReason->text().trimmed().isEmpty())
            return makeError(ErrorCode::BadInput, tr("An override needs a reason for the audit trail."));
        r.overrideRefundMinor = amount->minorUnits();
        r.overrideReason = m_overrideReason->text().trimmed();
    }
    return r;
}

void CancelBookingDialog::requote()
{
    disarm();
    auto r = request();
    m_currentQuote.reset();
    if (!r) { // only the override can be wrong, and the quote does not depend on it
        r = CancellationRequest{m_booking.reference, std::nullopt, QString(), std::nullopt, QString()};
        const QString seat = m_scope->currentData().toString();
        if (!seat.isEmpty())
            r->passengerSeat = SeatCode::parse(seat);
    }
    auto quote = m_service.quoteCancellation(*r);
    if (!quote) {
        m_quote->setText(sentence(quote.error().message));
        m_confirm->setEnabled(false);
        return;
    }
    m_currentQuote = *quote;
    const double hours = double(quote->secondsBeforeDeparture) / 3600.0;
    m_quote->setText(tr("Policy: %1\nDeparture in %2 h: %3 % of the fare.\nRefund: %4 (left to refund on the card: %5)")
                         .arg(quote->policy)
                         .arg(QLocale().toString(hours, 'f', 1))
                         .arg(quote->percent)
                         .arg(localMoney(quote->policyAmount), localMoney(quote->refundable)));
    m_confirm->setEnabled(!m_running);
    nameTheAmount();
}

std::optional<Money> CancelBookingDialog::refundToShow() const
{
    auto r = request();
    if (r && r->overrideRefundMinor)
        return Money(*r->overrideRefundMinor, m_booking.total.currency());
    if (m_currentQuote)
        return m_currentQuote->policyAmount;
    return std::nullopt;
}

void CancelBookingDialog::nameTheAmount()
{
    const auto amount = refundToShow();
    const bool refunds = amount && amount->minorUnits() > 0;
    if (m_armed)
        m_confirm->setText(refunds ? tr("Confirm: refund %1").arg(localMoney(*amount)) : tr("Confirm: cancel, no refund"));
    else
        m_confirm->setText(refunds ? tr("Cancel and &refund %1").arg(localMoney(*amount)) : tr("Cancel &without refund"));
    m_confirm->setAccessibleName(m_confirm->text().remove(QLatin1Char('&')));
}

void CancelBookingDialog::disarm()
{
    if (m_armed) {
        m_armed = false;
        m_message->clear();
    }
    nameTheAmount();
}

void CancelBookingDialog::confirm()
{
    auto r = request();
    if (!r) {
        showLabelMessage(m_message, r.error().message, true);
        return;
    }
    if (!m_armed) {
        const auto amount = refundToShow();
        QString what = tr("booking %1 is cancelled").arg(m_booking.reference);
        for (const Passenger &p : std::as_const(m_booking.passengers)) {
            if (r->passengerSeat && p.active && p.seat == *r->passengerSeat)
                what = tr("%1 in seat %2 is cancelled").arg(p.name, p.seat.toString());
        }
        showLabelMessage(m_message,
                         amount && amount->minorUnits() > 0
                             ? tr("This cannot be undone: %1 and %2 goes back to the card. Press the button again to go "
                                  "ahead, or change anything to go back.").arg(what, localMoney(*amount))
                             : tr("This cannot be undone: %1 and nothing is refunded. Press the button again to go "
                                  "ahead, or change anything to go back.").arg(what),
                         true);
        m_armed = true;
        nameTheAmount();
        adjustSize(); // the warning's lines may not fit the dialog as it opened
        m_confirm->setFocus();
        return;
    }
    m_armed = false;
    setRunning(true);
    showLabelMessage(m_message, tr("Cancelling and refunding through the payment gateway…"), false);
    m_watcher.setFuture(m_service.cancelWithRefund(*r));
}

void CancelBookingDialog::finished()
{
    setRunning(false);
    const QFuture<Result<CancellationOutcome>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        showLabelMessage(m_message, tr("The cancellation was abandoned before it finished; refresh the booking to see its state."), true);
        return;
    }
    const Result<CancellationOutcome> outcome = future.result();
    if (!outcome) {
        showLabelMessage(m_message, sentence(outcome.error().message) + QLatin1Char('.'), true);
        return;
    }
    const QString state = outcome->booking.state == BookingState::Confirmed ? tr("The passenger was cancelled")
                                                                            : tr("The booking was cancelled");
    showLabelMessage(m_message, outcome->refunded.minorUnits() > 0
                    ? tr("%1; %2 refunded to the card%3.")
                          .arg(state, localMoney(outcome->refunded),
                               outcome->overridden ? tr(" (supervisor override)") : QString())
                    : tr("%1; nothing was refunded.").arg(state),
                false);
    m_confirm->setEnabled(false);
    m_scope->setEnabled(false);
    Q_EMIT cancelled(*outcome);
}

void CancelBookingDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_confirm->setEnabled(!running);
    m_close->setEnabled(!running);
}

} // namespace kiosk::ui
