#include "ReadReplica.h"

#include "common/Logging.h"

namespace kiosk {

ReadReplica::ReadReplica(Database &primary, QString url, QString applicationName)
    : m_primary(primary), m_url(std::move(url)), m_applicationName(std::move(applicationName))
{
}

Result<std::unique_ptr<ReadReplica>> ReadReplica::open(const QString &url, Database &primary,
                                                       const QString &applicationName)
{
    if (url.trimmed().isEmpty())
        return std::make_unique<ReadReplica>(primary);
    // Bad input is refused before any connection, like --db.
    if (auto parsed = DatabaseUrl::parse(url); !parsed)
        return makeError(ErrorCode::BadInput, tr("read database: ") + parsed.error().message);
    std::unique_ptr<ReadReplica> replica(new ReadReplica(primary, url, applicationName));
    auto standby = Database::open(url, applicationName);
    if (standby)
        replica->m_standby = std::move(*standby);
    else if (standby.error().code == ErrorCode::DatabaseUnavailable)
        replica->standbyLost(standby.error());
    else
        return standby.error(); // e.g. a SQLite file that does not exist: a setup error
    return replica;
}

Database *ReadReplica::usableStandby()
{
    if (m_standby || m_url.isEmpty() || !m_retryAt.hasExpired())
        return m_standby.get();
    auto standby = Database::open(m_url, m_applicationName);
    if (!standby) {
        standbyLost(standby.error());
        return nullptr;
    }
    qCInfo(lcStorage) << "reads go to the standby again:" << (*standby)->url().redacted();
    m_standby = std::move(*standby);
    return m_standby.get();
}

bool ReadReplica::reconnectStandby()
{
    return bool(m_standby->reconnect());
}

void ReadReplica::standbyLost(const Error &error)
{
    qCWarning(lcStorage) << "the read database is unreachable, reading from the primary for"
                         << RetryStandbyAfterMs / 1000 << "s:" << error.message;
    m_standby.reset();
    m_retryAt.setRemainingTime(RetryStandbyAfterMs);
}

} // namespace kiosk
