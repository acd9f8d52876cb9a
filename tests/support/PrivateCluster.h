#pragma once

#include <QString>
#include <QTemporaryDir>

namespace kiosk::test {

// A PostgreSQL cluster of one test's own, for tests that stop and restart the server
// (the shared cluster of packaging/with-postgres.sh must stay up for everyone else).
// Uses the binaries in KIOSK_TEST_PG_BIN; as root, runs them as the postgres user.
class PrivateCluster {
public:
    PrivateCluster();
    ~PrivateCluster();

    // initdb + start; false (with error()) if the binaries are missing or the server fails.
    bool create();
    // A hot standby of `primary` (pg_basebackup -R: streaming replication, read-only), started.
    bool createStandbyOf(const PrivateCluster &primary);
    bool start();
    bool stop(); // immediate shutdown: like a crash or a pulled cable for the clients
    const QString &url() const { return m_url; }
    const QString &error() const { return m_error; }

private:
    bool prepareDirectory();
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_url;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace kiosk::test
