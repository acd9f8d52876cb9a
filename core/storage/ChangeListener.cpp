#include "ChangeListener.h"

#include "Database.h"
#include "Statement.h"
#include "common/Logging.h"

#include <QSqlDriver>

namespace kiosk {

Result<std::unique_ptr<ChangeListener>> ChangeListener::open(const QString &url, QObject *parent)
{
    auto db = Database::open(url, QStringLiteral("kiosk-listener"));
    if (!db)
        return db.error();
    (*db)->useDriverStatements(); // it LISTENs
    std::unique_ptr<ChangeListener> listener(new ChangeListener(std::move(*db), parent));
    if (auto subscribed = listener->subscribe(); !subscribed)
        return subscribed.error();
    return listener;
}

ChangeListener::ChangeListener(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_announcer(*m_db)
{
    const bool postgres = m_db->dialect().isPostgres();
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeListener::poll);
    m_pollTimer.start(postgres ? HeartbeatMs : SqlitePollMs);
    connect(&m_announceTimer, &QTimer::timeout, this, &ChangeListener::announce);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeListener::retry);
}

ChangeListener::~ChangeListener() = default;

Status ChangeListener::subscribe()
{
    if (!m_db->dialect().isPostgres()) {
        // Learn the version now: a commit right after open must count as a change.
        auto version = dataVersion();
        if (!version)
            return version.error();
        m_dataVersion = *version;
        return Done{};
    }
    auto schema = Statement::prepare(*m_db, QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    if (auto done = schema->exec(QStringLiteral("reading the current schema")); !done)
        return done;
    if (!schema->next())
        return makeError(ErrorCode::Internal, tr("the server named no current schema"));
    m_channel = QString::fromLatin1(ChannelPrefix) + schema->value(0).toString();

    QSqlDriver *driver = m_db->connection().driver();
    // The driver object survives close/open; connect once.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    if (!driver->subscribeToNotification(m_channel))
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("cannot listen for seat changes on %1: %2")
                             .arg(m_db->url().redacted(), driver->lastError().text()));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload.toString());
            });
    return offerToAnnounce();
}

Status ChangeListener::offerToAnnounce()
{
    auto leads = m_announcer.tryToLead();
    if (!leads)
        return leads.error();
    if (*leads && !m_announceTimer.isActive()) {
        qCInfo(lcStorage) << "this terminal now announces the seat changes of" << m_channel;
        m_announceTimer.start(AnnounceMs);
        announce(); // what was queued while no one announced
    }
    return Done{};
}

void ChangeListener::announce()
{
    if (!m_connected)
        return;
    if (auto announced = m_announcer.announce(); !announced)
        markLost(announced.error().message);
}

void ChangeListener::onNotification(const QString &name, const QString &payload)
{
    if (name != m_channel)
        return;
    // "FLIGHT_ID:CODE,CODE" (codes may be empty when they did not fit).
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 flightId = payload.left(colon < 0 ? payload.size() : colon).toLongLong(&ok);
    if (!ok) {
        qCWarning(lcStorage) << "ignoring a malformed seat notification:" << payload;
        return;
    }
    const QString codes = colon < 0 ? QString() : payload.mid(colon + 1);
    Q_EMIT seatsChanged(flightId, codes.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void ChangeListener::checkNow()
{
    if (m_connected)
        poll();
}

void ChangeListener::poll()
{
    if (!m_connected)
        return;
    if (m_db->dialect().isPostgres()) {
        // A listener that does not announce asks to, which is its heartbeat too.
        if (auto alive = m_announcer.leads() ? m_db->ping() : offerToAnnounce(); !alive)
            markLost(alive.error().message);
        return;
    }
    auto version = dataVersion();
    if (!version) {
        markLost(version.error().message);
        return;
    }
    const bool changed = *version != m_dataVersion;
    m_dataVersion = *version;
    if (changed)
        Q_EMIT seatsChanged(0, {});
}

Result<qint64> ChangeListener::dataVersion()
{
    auto query = Statement::prepare(*m_db, QStringLiteral("PRAGMA data_version"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("polling for changes")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("PRAGMA data_version returned nothing"));
    return query->value(0).toLongLong();
}

void ChangeListener::markLost(const QString &reason)
{
    qCWarning(lcStorage) << "lost the change listener's connection:" << reason;
    m_connected = false;
    m_announceTimer.stop();
    m_announcer.connectionLost();
    m_backoff.reset();
    Q_EMIT connectionLost(reason);
    const int delay = m_backoff.nextDelayMs();
    Q_EMIT retryScheduled(m_backoff.attempts(), delay);
    m_retryTimer.start(delay);
}

void ChangeListener::retry()
{
    Status back = m_db->reconnect();
    if (back)
        back = subscribe();
    if (!back) {
        const int delay = m_backoff.nextDelayMs();
        qCInfo(lcStorage) << "database still unreachable, next attempt in" << delay << "ms:" << back.error().message;
        Q_EMIT retryScheduled(m_backoff.attempts(), delay);
        m_retryTimer.start(delay);
        return;
    }
    m_connected = true;
    m_backoff.reset();
    Q_EMIT connectionRestored();
}

} // namespace kiosk
