#pragma once

#include <QString>

class QSettings;

namespace kiosk {

// Where every program finds its database URLs, in one order for all of them: the flag,
// else the environment variable, else the setting (kioskctl reads no settings). An empty
// URL means the caller's default: the demo file for the work connection, the work
// connection itself for reads.
struct DatabaseChoice {
    QString work;  // --db, $KIOSK_DB, setting database/url
    QString reads; // --read-db, $KIOSK_READ_DB, setting database/readUrl: the departures board and reports

    static DatabaseChoice resolve(const QString &dbFlag, const QString &readDbFlag, const QSettings *settings);
};

} // namespace kiosk
