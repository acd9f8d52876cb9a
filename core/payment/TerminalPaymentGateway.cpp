#include "TerminalPaymentGateway.h"

namespace kiosk {

GatewayDecision TerminalPaymentGateway::decisionOf(const TerminalAnswer &answer)
{
    GatewayDecision decision;
    decision.card = answer.card;
    switch (answer.outcome) {
    case TerminalAnswer::Outcome::Approved:
        decision.approved = true;
        decision.reference = answer.reference;
        break;
    case TerminalAnswer::Outcome::Declined:
        decision.declineCode = answer.declineCode.isEmpty() ? QStringLiteral("card_declined") : answer.declineCode;
        decision.declineReason = answer.declineReason.isEmpty() ? tr("The card was declined by the bank.")
                                                                : answer.declineReason;
        break;
    case TerminalAnswer::Outcome::RemovedTooEarly:
        decision.declineCode = QStringLiteral("card_removed");
        decision.declineReason = tr("The card was removed before the payment finished.");
        break;
    case TerminalAnswer::Outcome::TimedOut:
        decision.declineCode = QStringLiteral("terminal_timeout");
        decision.declineReason = tr("No card was presented in time.");
        break;
    }
    return decision;
}

QFuture<Result<GatewayDecision>> TerminalPaymentGateway::authorize(const AuthorizationRequest &request)
{
    if (!request.card.number.isEmpty()) // a number typed at a kiosk would never reach the terminal
        return QtFuture::makeReadyFuture(Result<GatewayDecision>(makeError(
            ErrorCode::BadInput, tr("this kiosk takes cards on its card terminal; a card number is never typed here"))));
    return m_terminal->pay(TerminalRequest{request.idempotencyKey, request.amount, request.description})
        .then([](const Result<TerminalAnswer> &answer) -> Result<GatewayDecision> {
            if (!answer)
                return answer.error();
            return decisionOf(*answer);
        });
}

} // namespace kiosk
