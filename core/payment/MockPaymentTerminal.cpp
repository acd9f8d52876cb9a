#include "MockPaymentTerminal.h"

#include "FutureWait.h"

#include <QCoreApplication>

namespace kiosk {

namespace {
QString testCardFor(MockPaymentTerminal::Card card)
{
    switch (card) {
    case MockPaymentTerminal::Card::Decline:
        return QStringLiteral("4000000000000002");
    case MockPaymentTerminal::Card::InsufficientFunds:
        return QStringLiteral("4000000000009995");
    default:
        return QStringLiteral("4242424242424242");
    }
}
} // namespace

std::optional<MockPaymentTerminal::Card> MockPaymentTerminal::cardNamed(const QString &name)
{
    static const QList<QPair<QString, Card>> names{
        {QStringLiteral("approve"), Card::Approve},          {QStringLiteral("decline"), Card::Decline},
        {QStringLiteral("insufficient_funds"), Card::InsufficientFunds},
        {QStringLiteral("removed"), Card::RemovedTooEarly},  {QStringLiteral("timeout"), Card::TimeOut},
        {QStringLiteral("lost"), Card::AnswerLost}};
    for (const auto &[known, card] : names) {
        if (known == name)
            return card;
    }
    return std::nullopt;
}

QFuture<Result<TerminalAnswer>> MockPaymentTerminal::pay(const TerminalRequest &request)
{
    const Card card = m_presented.isEmpty() ? m_fallback : m_presented.takeFirst();
    TerminalAnswer answer;
    if (card == Card::RemovedTooEarly || card == Card::TimeOut) {
        answer.outcome = card == Card::TimeOut ? TerminalAnswer::Outcome::TimedOut
                                               : TerminalAnswer::Outcome::RemovedTooEarly;
        return QtFuture::makeReadyFuture(Result<TerminalAnswer>(answer));
    }
    CardDetails read;
    read.number = testCardFor(card);
    read.expiryMonth = 12;
    read.expiryYear = 2099;
    // The mock acquirer answers at once: its future is ready.
    auto decision = waitFor(m_acquirer.authorize({request.idempotencyKey, request.amount, read, request.description}), 0);
    if (!decision)
        return QtFuture::makeReadyFuture(Result<TerminalAnswer>(decision.error()));
    if (card == Card::AnswerLost)
        return QtFuture::makeReadyFuture(Result<TerminalAnswer>(
            makeError(ErrorCode::GatewayUnavailable, QCoreApplication::translate("MockPaymentTerminal", "the card terminal's answer was lost (mock)"))));
    answer.card = CardSummary{CardValidator::brandOf(read.number), read.number.right(4)};
    answer.token = QStringLiteral("tok_mock_") + request.idempotencyKey;
    answer.outcome = decision->approved ? TerminalAnswer::Outcome::Approved : TerminalAnswer::Outcome::Declined;
    answer.reference = decision->reference;
    answer.declineCode = decision->declineCode;
    answer.declineReason = decision->declineReason;
    return QtFuture::makeReadyFuture(Result<TerminalAnswer>(answer));
}

} // namespace kiosk
