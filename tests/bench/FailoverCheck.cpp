#include "FailoverCheck.h"

#include "booking/BookingService.h"
#include "payment/FutureWait.h"
#include "payment/GatewayFactory.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace kiosk::bench {

namespace {

struct Journal {
    QSet<QString> confirmed;
    QList<QList<qint64>> holdTimes; // per terminal, in order
};

Journal readJournals(const QString &dir, int terminals)
{
    Journal journal;
    for (int i = 0; i < terminals; ++i) {
        QList<qint64> holds;
        QFile file(QDir(dir).filePath(QStringLiteral("terminal-%1.journal").arg(i)));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
                if (fields.size() >= 3 && fields[0] == "confirmed")
                    journal.confirmed.insert(QString::fromUtf8(fields[2]));
                else if (fields.size() >= 3 && fields[0] == "hold")
                    holds << fields[1].toLongLong();
            }
        }
        journal.holdTimes << holds;
    }
    return journal;
}

QList<qint64> readKills(const QString &path)
{
    QList<qint64> kills;
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            bool ok = false;
            const qint64 ms = file.readLine().trimmed().toLongLong(&ok);
            if (ok)
                kills << ms;
        }
    }
    return kills;
}

Result<qint64> unresolvedPayments(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status IN ('PENDING', 'AUTHORIZED')"))
        || !query.next())
        return db.errorFrom(query.lastError(), QStringLiteral("counting open payment attempts"));
    return query.value(0).toLongLong();
}

// Settles what the crashes left open: attempts become eligible when their deadline passes.
Status reconcileAll(Database &db, const FailoverCheckPlan &plan, FailoverReport &report)
{
    auto gateway = GatewayFactory::create(plan.gateway);
    if (!gateway)
        return gateway.error();
    BookingService service(db, **gateway, Actor::builtInOperator(QStringLiteral("load-reconciler")));
    service.setPaymentAttemptSeconds(plan.attemptSeconds);
    for (int round = 0; round < plan.attemptSeconds + 30; ++round) {
        auto open = unresolvedPayments(db);
        if (!open)
            return open.error();
        report.unresolvedPayments = *open;
        if (*open == 0)
            return Done{};
        ++report.reconcileRounds;
        if (auto settled = waitFor(service.reconcilePayments(), 60000); !settled)
            return settled.error();
        QThread::msleep(1000);
    }
    return Done{};
}

Status checkConfirmed(Database &db, const Journal &journal, FailoverReport &report)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral(
            "SELECT b.state, b.total_minor, (SELECT COALESCE(SUM(p.captured_minor), 0) FROM payments p "
            "WHERE p.booking_id = b.id) FROM bookings b WHERE b.reference = ?")))
        return db.errorFrom(query.lastError(), QStringLiteral("preparing the confirmed-booking check"));
    QStringList references = journal.confirmed.values();
    std::sort(references.begin(), references.end());
    report.seenConfirmed = references.size();
    for (const QString &reference : references) {
        query.bindValue(0, reference);
        if (!query.exec())
            return db.errorFrom(query.lastError(), QStringLiteral("checking booking %1").arg(reference));
        const bool kept = query.next() && query.value(0).toString() == QLatin1String("CONFIRMED")
            && query.value(2).toLongLong() == query.value(1).toLongLong();
        if (!kept && report.lostConfirmed++ < 10)
            report.lostExamples << reference;
    }
    return Done{};
}

void measureResumption(const Journal &journal, const QList<qint64> &kills, FailoverReport &report)
{
    for (const qint64 kill : kills) {
        qint64 first = -1;
        for (const auto &holds : journal.holdTimes) {
            const auto after = std::upper_bound(holds.begin(), holds.end(), kill);
            if (after != holds.end() && (first < 0 || *after < first))
                first = *after;
        }
        report.killToHoldMs << (first < 0 ? -1 : first - kill);
    }
    const qint64 lastKill = kills.isEmpty() ? 0 : kills.last();
    report.terminals = int(journal.holdTimes.size());
    for (const auto &holds : journal.holdTimes)
        report.terminalsResumed += !holds.isEmpty() && holds.last() > lastKill ? 1 : 0;
}

} // namespace

QJsonObject FailoverReport::toJson() const
{
    QJsonArray kills;
    for (const qint64 ms : killToHoldMs)
        kills.append(ms);
    return QJsonObject{{QStringLiteral("seen_confirmed"), seenConfirmed},
                       {QStringLiteral("lost_confirmed"), lostConfirmed},
                       {QStringLiteral("lost_examples"), QJsonArray::fromStringList(lostExamples)},
                       {QStringLiteral("unresolved_payments"), unresolvedPayments},
                       {QStringLiteral("reconcile_rounds"), reconcileRounds},
                       {QStringLiteral("kill_to_first_hold_ms"), kills},
                       {QStringLiteral("terminals"), terminals},
                       {QStringLiteral("terminals_resumed"), terminalsResumed},
                       {QStringLiteral("passed"), passed()}};
}

Result<FailoverReport> settleAndCheckFailover(const FailoverCheckPlan &plan)
{
    auto db = Database::open(plan.url, QStringLiteral("kiosk-load-check"));
    if (!db)
        return db.error();
    FailoverReport report;
    if (auto settled = reconcileAll(**db, plan, report); !settled)
        return settled.error();
    const Journal journal = readJournals(plan.journalDir, plan.terminals);
    if (auto checked = checkConfirmed(**db, journal, report); !checked)
        return checked.error();
    measureResumption(journal, readKills(plan.killLog), report);
    return report;
}

} // namespace kiosk::bench
