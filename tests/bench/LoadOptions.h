#pragma once

#include "domain/Result.h"

#include <QString>

class QCommandLineParser;

namespace kiosk::bench {

// What kiosk_load was asked to do (its --help says what each means).
struct LoadOptions {
    QString backend = QStringLiteral("postgresql");
    QString adminUrl;
    int terminals = 8;
    double seconds = 20;
    int flights = 50;
    int thinkMs = 0;
    int ttl = 3;
    quint32 seed = 1;
    bool pgbench = false;
    // Comparisons in one run, every other one in reverse order, so that a machine slowing
    // down during the run does not always fall on the same side; the medians are reported.
    int rounds = 1;
    bool json = false;
    bool contended = false; // the soak (TerminalPlan::contended)
    qint64 attempts = 0;    // > 0: the mixed phase ends after this many hold attempts
    // Each terminal on a kiosk-class login of its own, as terminals are deployed
    // (docs/operations.md, "Database logins"), instead of the owner's.
    bool logins = false;
    // Failover runs (tests/ha): the terminals pay through one shared gateway, keep journals,
    // and the run ends with every open payment reconciled and the journals checked.
    QString gateway = QStringLiteral("mock");
    bool inPlace = false; // the database of --db itself, not a schema per phase (pgbouncer)
    QString journalDir;
    QString killLog;
    int attemptSeconds = 0;
};

// Every option of kiosk_load, the parent's and the (internal) terminal's.
void addLoadOptions(QCommandLineParser &parser);
// The parent's options from a processed parser; BadInput for a combination that cannot run.
Result<LoadOptions> loadOptionsFrom(const QCommandLineParser &parser);

} // namespace kiosk::bench
