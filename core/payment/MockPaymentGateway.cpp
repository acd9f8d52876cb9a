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

template <typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}
} // namespace

MockPaymentGateway::MockPaymentGateway(double approveFraction, quint32 seed)
    : m_approveFraction(qBound(0.0, approveFraction, 1.0)), m_random(seed)
{
}

std::optional<GatewayDecision> MockPaymentGateway::testCardDecision(const QString &digits)
{
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
    } else if (digits == QLatin1String("4242424242424242")) {
        decision.approved = true;
    } else {
        return std::nullopt;
    }
    return decision;
}

GatewayDecision MockPaymentGateway::decide(const AuthorizationRequest &request)
{
    const QString digits = CardValidator::digitsOnly(request.card.number);
    if (auto known = testCardDecision(digits))
        return *known;
    GatewayDecision decision;
    decision.approved = m_approveFraction >= 1.0 || m_random.generateDouble() < m_approveFraction;
    if (!decision.approved) {
        decision.declineCode = QStringLiteral("card_declined");
        decision.declineReason = QStringLiteral("The card was declined by the bank.");
    }
    return decision;
}

QFuture<Result<GatewayDecision>> MockPaymentGateway::authorize(const AuthorizationRequest &request)
{
    if (auto seen = m_byIdempotencyKey.constFind(request.idempotencyKey); seen != m_byIdempotencyKey.cend())
        return ready(Result<GatewayDecision>(*seen));
    GatewayDecision decision = decide(request);
    if (decision.approved) {
        // Derived from the key, so a retry from another process names the same charge.
        decision.reference = MockReferencePrefix + request.idempotencyKey;
        m_charges.insert(decision.reference, Charge{request.amount, 0, 0, false});
    }
    m_byIdempotencyKey.insert(request.idempotencyKey, decision);
    return ready(Result<GatewayDecision>(decision));
}

QFuture<Status> MockPaymentGateway::capture(const QString &reference, const Money &amount, const QString &)
{
    return ready(doCapture(reference, amount));
}

Status MockPaymentGateway::doCapture(const QString &reference, const Money &amount)
{
    auto charge = m_charges.find(reference);
    if (charge == m_charges.end() && issuedElsewhere(reference))
        return Done{};
    if (charge == m_charges.end() || charge->voided)
        return makeError(ErrorCode::NotFound, tr("no open authorization %1").arg(reference));
    if (amount.minorUnits() > charge->authorized.minorUnits())
        return makeError(ErrorCode::BadInput, tr("capture exceeds the authorized amount"));
    charge->capturedMinor = amount.minorUnits(); // capturing again is a no-op, like real processors
    return Done{};
}

QFuture<Status> MockPaymentGateway::voidAuthorization(const QString &reference, const QString &)
{
    return ready(doVoid(reference));
}

Status MockPaymentGateway::doVoid(const QString &reference)
{
    auto charge = m_charges.find(reference);
    if (charge == m_charges.end() && issuedElsewhere(reference))
        return Done{};
    if (charge == m_charges.end())
        return makeError(ErrorCode::NotFound, tr("no authorization %1").arg(reference));
    if (charge->capturedMinor > 0)
        return makeError(ErrorCode::WrongState, tr("authorization %1 was captured").arg(reference));
    charge->voided = true;
    return Done{};
}

QFuture<Status> MockPaymentGateway::refund(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    return ready(doRefund(reference, amount, idempotencyKey));
}

Status MockPaymentGateway::doRefund(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    if (m_refundKeys.contains(idempotencyKey))
        return Done{};
    auto charge = m_charges.find(reference);
    if (charge == m_charges.end() && issuedElsewhere(reference))
        return Done{};
    if (charge == m_charges.end())
        return makeError(ErrorCode::NotFound, tr("no charge %1").arg(reference));
    if (charge->refundedMinor + amount.minorUnits() > charge->capturedMinor)
        return makeError(ErrorCode::BadInput, tr("refund exceeds the captured amount"));
    charge->refundedMinor += amount.minorUnits();
    m_refundKeys.insert(idempotencyKey);
    return Done{};
}

QFuture<Result<std::optional<GatewayCharge>>> MockPaymentGateway::lookup(const QString &authorizationKey)
{
    using Answer = Result<std::optional<GatewayCharge>>;
    auto seen = m_byIdempotencyKey.constFind(authorizationKey);
    if (seen == m_byIdempotencyKey.cend())
        return ready(Answer(std::optional<GatewayCharge>()));
    GatewayCharge found;
    found.reference = seen->reference;
    const auto charge = m_charges.constFind(seen->reference);
    if (!seen->approved || charge == m_charges.cend())
        return ready(Answer(std::optional<GatewayCharge>(found)));
    found.amount = charge->authorized;
    found.capturedMinor = charge->capturedMinor;
    found.refundedMinor = charge->refundedMinor;
    found.status = charge->voided ? GatewayCharge::Status::Voided
        : charge->capturedMinor > 0 ? GatewayCharge::Status::Captured
                                    : GatewayCharge::Status::Authorized;
    return ready(Answer(std::optional<GatewayCharge>(found)));
}

} // namespace kiosk
