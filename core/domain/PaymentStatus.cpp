#include "PaymentStatus.h"

namespace kiosk {

namespace {
// QStringLiteral: a name is written with every step of a sale, and one made by
// QString::fromLatin1 would allocate each time.
struct StatusName {
    PaymentStatus status;
    QString name;
};
const StatusName statusNames[] = {
    {PaymentStatus::Pending, QStringLiteral("PENDING")},
    {PaymentStatus::Authorized, QStringLiteral("AUTHORIZED")},
    {PaymentStatus::Declined, QStringLiteral("DECLINED")},
    {PaymentStatus::Captured, QStringLiteral("CAPTURED")},
    {PaymentStatus::Voided, QStringLiteral("VOIDED")},
    {PaymentStatus::Refunded, QStringLiteral("REFUNDED")},
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
            return entry.name;
    }
    return QString();
}

std::optional<PaymentStatus> paymentStatusFromName(const QString &name)
{
    for (const auto &entry : statusNames) {
        if (name == entry.name)
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
