#include "PrivateCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

namespace kiosk::test {

PrivateCluster::PrivateCluster() : m_bin(qEnvironmentVariable("KIOSK_TEST_PG_BIN"))
{
    m_port = 40000 + int(QRandomGenerator::global()->bounded(20000));
}

PrivateCluster::~PrivateCluster()
{
    if (m_running)
        stop();
}

bool PrivateCluster::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    if (::geteuid() == 0) // initdb refuses root
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), m_bin + QLatin1Char('/') + program}
                                                     + arguments);
    else
        process.start(m_bin + QLatin1Char('/') + program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2%3")
                      .arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                           QString::fromLocal8Bit(process.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool PrivateCluster::prepareDirectory()
{
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("KIOSK_TEST_PG_BIN is not set: run the tests with 'packaging/dev.sh test'");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // The socket lives here and the cluster trusts every local connection: only its owner
    // (and root, who runs the tests as root) may enter. As root, initdb runs as postgres.
    if (::geteuid() == 0) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool PrivateCluster::create()
{
    if (!prepareDirectory())
        return false;
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-A"),
                                        QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("kiosk"),
                                        QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}))
        return false;
    m_url = QStringLiteral("postgresql://kiosk@/postgres?host=%1&port=%2").arg(m_dir.path()).arg(m_port);
    return start();
}

bool PrivateCluster::createStandbyOf(const PrivateCluster &primary)
{
    if (!prepareDirectory())
        return false;
    // The primary's initdb defaults allow it: wal_level replica, wal senders, local
    // replication trusted.
    if (!run(QStringLiteral("pg_basebackup"),
             {QStringLiteral("-h"), primary.m_dir.path(), QStringLiteral("-p"), QString::number(primary.m_port),
              QStringLiteral("-U"), QStringLiteral("kiosk"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
              QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream")}))
        return false;
    m_url = QStringLiteral("postgresql://kiosk@/postgres?host=%1&port=%2").arg(m_dir.path()).arg(m_port);
    return start();
}

bool PrivateCluster::start()
{
    m_running = run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"), QStringLiteral("-o"),
                     QStringLiteral("-k %1 -p %2 -c listen_addresses=''").arg(m_dir.path()).arg(m_port),
                     QStringLiteral("start")});
    return m_running;
}

bool PrivateCluster::stop()
{
    m_running = !run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                                                QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                                                QStringLiteral("stop")});
    return !m_running;
}

} // namespace kiosk::test
