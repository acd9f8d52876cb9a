#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace kiosk::bench {

// What a load run through failovers must prove, read from the terminals' journals (what
// each one showed its traveller) and from the database that is primary now.
struct FailoverReport {
    qint64 seenConfirmed = 0;      // distinct bookings some terminal showed as confirmed
    qint64 lostConfirmed = 0;      // of those, not CONFIRMED with its full capture now
    QStringList lostExamples;      // up to ten references, for the message
    qint64 unresolvedPayments = 0; // attempts still PENDING or AUTHORIZED after reconciling
    qint64 reconcileRounds = 0;
    QList<qint64> killToHoldMs;    // per kill: to the first successful hold after it; -1: none
    int terminals = 0;
    int terminalsResumed = 0;      // terminals with a successful hold after the last kill

    bool passed() const
    {
        return lostConfirmed == 0 && unresolvedPayments == 0 && terminalsResumed == terminals
            && !killToHoldMs.contains(-1);
    }
    QJsonObject toJson() const;
};

struct FailoverCheckPlan {
    QString url;             // reaches the primary, whichever it is now (multi-host URL)
    QString gateway;         // the gateway the terminals paid through (shared: http://...)
    int attemptSeconds = 5;  // the terminals' payment attempt deadline
    QString journalDir;      // terminal-N.journal files
    QString killLog;         // epoch ms of each SIGKILL, one a line (may be empty or missing)
    int terminals = 0;
};

// Reconciles every payment attempt the crashes left open (as an operator's `kioskctl
// reconcile` would, once their deadlines pass), then checks the journals against the database.
Result<FailoverReport> settleAndCheckFailover(const FailoverCheckPlan &plan);

} // namespace kiosk::bench
