#include "MockPaymentGateway.h"

namespace kiosk {

namespace {
// The mock keeps no ledger between processes (kioskctl pays in one, refunds in another):
// a reference it issued but does not remember is trusted, as the database recorded it.
const QString MockReferencePrefix = QStringLiteral("mock_auth_");

bool issuedElsewhere(const QString &reference)
{
    return reference.startsWith(MockReferencePrefix);
}
} // namespace

Result<GatewayDecision> MockPaymentGateway::authorize(const AuthorizationRequest &request)
{
    if (auto seen = m_byIdempotencyKey.constFind(request.idempotencyKey); seen != m_byIdempotencyKey.cend())
        return *seen;

    const QString digits = CardValidator::digitsOnly(request.card.number);
    GatewayDecision decision;
    if (digits == QLatin1String("4000000000000002")) {
        decision.declineCode = QStringLiteral("card_declined");
        decision.declineReason = QStringLiteral("The card was declined by the bank.");
    } else if (digits == QLatin1String("4000000000009995")) {
        decision.declineCode = QStringLiteral("insufficient_funds");
        decision.declineReason = QStringLiteral("The card has insufficient funds.");
    } else if (digits == QLatin1String("4000000000000069")) {
        decision.declineCode = QStringLiteral("expired_card");
        decision.declineReason = QStringLiteral("The bank reports that the card has expired.");
    } else {
        decision.approved = true;
        // Derived from the key, so a retry from another process names the same charge.
        decision.reference = MockReferencePrefix + request.idempotencyKey;
        m_charges.insert(decision.reference, Charge{request.amount, 0, 0, false});
    }
    m_byIdempotencyKey.insert(request.idempotencyKey, decision);
    return decision;
}

Status MockPaymentGateway::capture(const QString &reference, const Money &amount)
{
    auto charge = m_charges.find(reference);
    if (charge == m_charges.end() && issuedElsewhere(reference))
        return Done{};
    if (charge == m_charges.end() || charge->voided)
        return makeError(ErrorCode::NotFound, QStringLiteral("no open authorization %1").arg(reference));
    if (amount.minorUnits() > charge->authorized.minorUnits())
        return makeError(ErrorCode::BadInput, QStringLiteral("capture exceeds the authorized amount"));
    charge->capturedMinor = amount.minorUnits(); // capturing again is a no-op, like real processors
    return Done{};
}

Status MockPaymentGateway::voidAuthorization(const QString &reference)
{
    auto charge = m_charges.find(reference);
    if (charge == m_charges.end() && issuedElsewhere(reference))
        return Done{};
    if (charge == m_charges.end())
        return makeError(ErrorCode::NotFound, QStringLiteral("no authorization %1").arg(reference));
    if (charge->capturedMinor > 0)
        return makeError(ErrorCode::WrongState, QStringLiteral("authorization %1 was captured").arg(reference));
    charge->voided = true;
    return Done{};
}

Status MockPaymentGateway::refund(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    if (m_refundKeys.contains(idempotencyKey))
        return Done{};
    auto charge = m_charges.find(reference);
    if (charge == m_charges.end() && issuedElsewhere(reference))
        return Done{};
    if (charge == m_charges.end())
        return makeError(ErrorCode::NotFound, QStringLiteral("no charge %1").arg(reference));
    if (charge->refundedMinor + amount.minorUnits() > charge->capturedMinor)
        return makeError(ErrorCode::BadInput, QStringLiteral("refund exceeds the captured amount"));
    charge->refundedMinor += amount.minorUnits();
    m_refundKeys.insert(idempotencyKey, true);
    return Done{};
}

} // namespace kiosk
