// PaymentStatus and ReconcileOutcome: one name table each, the names the database and the
// CLI use, and the same set of statuses the payments table's CHECK constraint allows.
#include "domain/PaymentStatus.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

const PaymentStatus allStatuses[] = {PaymentStatus::Pending,  PaymentStatus::Authorized, PaymentStatus::Declined,
                                     PaymentStatus::Captured, PaymentStatus::Voided,     PaymentStatus::Refunded};

// The statuses `CHECK (status IN (...))` of CREATE TABLE payments allows in one dialect.
QSet<QString> checkedStatuses(const char *dialect)
{
    QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/core/storage/migrations/%1/0001_initial.sql")
                   .arg(QLatin1String(dialect)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString sql = QString::fromUtf8(file.readAll());
    const qsizetype table = sql.indexOf(QStringLiteral("CREATE TABLE payments"));
    const QRegularExpression check(QStringLiteral(R"(status\s+text NOT NULL CHECK \(status IN \(([^)]*)\))"),
                                   QRegularExpression::CaseInsensitiveOption);
    const auto match = check.match(sql, table);
    QSet<QString> names;
    const QRegularExpression quoted(QStringLiteral("'([A-Z_]+)'"));
    for (auto it = quoted.globalMatch(match.captured(1)); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

} // namespace

TEST(PaymentStatus, NamesRoundTrip)
{
    QSet<QString> names;
    for (PaymentStatus status : allStatuses) {
        const QString name = paymentStatusName(status);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_EQ(paymentStatusFromName(name), status) << qPrintable(name);
        names << name;
    }
    EXPECT_EQ(names.size(), 6);
}

TEST(PaymentStatus, UnknownNamesAreRejected)
{
    EXPECT_FALSE(paymentStatusFromName(QStringLiteral("captured")).has_value()); // stored upper case
    EXPECT_FALSE(paymentStatusFromName(QStringLiteral("SETTLED")).has_value());
    EXPECT_FALSE(paymentStatusFromName(QString()).has_value());
}

TEST(PaymentStatus, TheNameTableIsWhatTheSchemaAllows)
{
    QSet<QString> names;
    for (PaymentStatus status : allStatuses)
        names << paymentStatusName(status);
    EXPECT_EQ(checkedStatuses("sqlite"), names);
    EXPECT_EQ(checkedStatuses("postgresql"), names);
}

TEST(ReconcileOutcome, NamesAreTheCliContract)
{
    EXPECT_EQ(reconcileOutcomeName(ReconcileOutcome::Captured), QStringLiteral("captured"));
    EXPECT_EQ(reconcileOutcomeName(ReconcileOutcome::Voided), QStringLiteral("voided"));
    EXPECT_EQ(reconcileOutcomeName(ReconcileOutcome::Refunded), QStringLiteral("refunded"));
    EXPECT_EQ(reconcileOutcomeName(ReconcileOutcome::Declined), QStringLiteral("declined"));
    EXPECT_EQ(reconcileOutcomeName(ReconcileOutcome::Left), QStringLiteral("left"));
}

TEST(ReconcileOutcome, ASettledAttemptIsWhatItsStatusSays)
{
    EXPECT_EQ(reconcileOutcomeOf(PaymentStatus::Captured), ReconcileOutcome::Captured);
    EXPECT_EQ(reconcileOutcomeOf(PaymentStatus::Voided), ReconcileOutcome::Voided);
    EXPECT_EQ(reconcileOutcomeOf(PaymentStatus::Declined), ReconcileOutcome::Declined);
    EXPECT_EQ(reconcileOutcomeOf(PaymentStatus::Refunded), ReconcileOutcome::Refunded);
    EXPECT_EQ(reconcileOutcomeOf(PaymentStatus::Pending), ReconcileOutcome::Left);
    EXPECT_EQ(reconcileOutcomeOf(PaymentStatus::Authorized), ReconcileOutcome::Left);
}
