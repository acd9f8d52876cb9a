#pragma once

#include "LoadOptions.h"
#include "TerminalJourney.h"
#include "TerminalProcesses.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace kiosk {
class Database;
}

namespace kiosk::bench {

// Where one phase of kiosk_load sells and who connects to it.

// A fresh place for one phase: a new schema (PostgreSQL) or a new file (SQLite). The schema
// and its logins go with the Target, however the phase ends: a phase that failed halfway
// used to leave them in the cluster.
struct Target {
    QString url;
    QString schema;
    QString adminUrl;
    std::unique_ptr<QTemporaryDir> dir;

    Target() = default;
    Target(Target &&other) noexcept;
    Target &operator=(Target &&) = delete;
    ~Target();
};

Result<Target> makeTarget(const LoadOptions &options, const QString &phase);

// The URL each name connects with: the phase's own, or with --logins a kiosk login each.
Result<QStringList> connectionUrls(const LoadOptions &options, Database &owner, const Target &target,
                                   const QStringList &names);
Result<QStringList> terminalUrls(const LoadOptions &options, Database &owner, const Target &target);

// One terminal process per terminal (urls: one each), each with its share of the hold attempts.
Result<TerminalStats> runTerminals(const LoadOptions &options, const QStringList &urls, qint64 firstFlight,
                                   int flights, bool holdOnly, TerminalTimes &times);

} // namespace kiosk::bench
