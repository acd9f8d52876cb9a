#include "PaymentStatus.h"

namespace kiosk {

namespace {
struct StatusName {
    PaymentStatus status;
    const char *name;
};
constexpr StatusName statusNames[] = {
    {PaymentStatus::Pending, "PENDING"},   {PaymentStatus::Authorized, "AUTHORIZED"},
    {PaymentStatus::Declined, "DECLINED"}, {PaymentStatus::Captured, "CAPTURED"},
    {PaymentStatus::Voided, "VOIDED"},     {PaymentStatus::Refunded, "REFUNDED"},
};

struct OutcomeName {
    ReconcileOutcome outcome;
    const char *name;
};
constexpr OutcomeName outcomeNames[] = {
    {ReconcileOutcome::Captured, "captured"}, {ReconcileOutcome::Voided, "voided"},
    {ReconcileOutcome::Refunded, "refunded"}, {ReconcileOutcome::Declined, "declined"},
    {ReconcileOutcome::Left, "left"},
};
} // namespace

QString paymentStatusName(PaymentStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<PaymentStatus> paymentStatusFromName(const QString &name)
{
    for (const auto &entry : statusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QString reconcileOutcomeName(ReconcileOutcome outcome)
{
    for (const auto &entry : outcomeNames) {
        if (entry.outcome == outcome)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

ReconcileOutcome reconcileOutcomeOf(PaymentStatus settled)
{
    switch (settled) {
    case PaymentStatus::Captured: return ReconcileOutcome::Captured;
    case PaymentStatus::Voided: return ReconcileOutcome::Voided;
    case PaymentStatus::Refunded: return ReconcileOutcome::Refunded;
    case PaymentStatus::Declined: return ReconcileOutcome::Declined;
    case PaymentStatus::Pending:
    case PaymentStatus::Authorized: break;
    }
    return ReconcileOutcome::Left; // not settled: still open
}

} // namespace kiosk
