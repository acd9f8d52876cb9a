#include "LiveSync.h"

#include "BookingService.h"
#include "common/Logging.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"

namespace kiosk {

Result<std::unique_ptr<LiveSync>> LiveSync::open(const QString &url, BookingService &service, Database &db,
                                                 QObject *parent)
{
    auto listener = ChangeListener::open(url);
    if (!listener)
        return listener.error();
    return std::unique_ptr<LiveSync>(new LiveSync(std::move(*listener), service, db, parent));
}

LiveSync::LiveSync(std::unique_ptr<ChangeListener> listener, BookingService &service, Database &db, QObject *parent)
    : QObject(parent), m_listener(std::move(listener)), m_db(db), m_scheduler(service)
{
    ChangeListener *source = m_listener.get();
    connect(source, &ChangeListener::seatsChanged, this, [this](qint64 flightId, const QStringList &codes) {
        // A hold placed elsewhere may lapse before the one this terminal waits for.
        m_scheduler.rearmSoon();
        Q_EMIT seatsChanged(flightId, codes);
    });
    connect(source, &ChangeListener::connectionLost, this, &LiveSync::onListenerLost);
    connect(source, &ChangeListener::retryScheduled, this, &LiveSync::retryScheduled);
    connect(source, &ChangeListener::connectionRestored, this, &LiveSync::reconnectTerminal);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveSync::reconnectTerminal);
    // Holds this terminal's own scheduler releases need no signal of their own: they commit on
    // the work connection, which the listener hears like any other.
}

LiveSync::~LiveSync() = default;

void LiveSync::start()
{
    m_scheduler.start();
}

void LiveSync::reportFailure(const Error &error)
{
    if (error.code != ErrorCode::DatabaseUnavailable || !m_connected)
        return;
    onListenerLost(error.message);
    m_listener->checkNow(); // the listener's connection may not have noticed yet
    reconnectTerminal();
}

void LiveSync::onListenerLost(const QString &reason)
{
    if (!m_connected)
        return;
    m_connected = false;
    m_backoff.reset();
    Q_EMIT connectionLost(reason);
}

void LiveSync::reconnectTerminal()
{
    if (!m_listener->isConnected())
        return; // the listener's own retries lead back here once the server answers
    if (auto back = m_db.reconnect(); !back) {
        const int delay = m_backoff.nextDelayMs();
        qCInfo(lcBooking) << "terminal connection not back yet, next attempt in" << delay << "ms:"
                          << back.error().message;
        Q_EMIT retryScheduled(m_backoff.attempts(), delay);
        m_retryTimer.start(delay);
        return;
    }
    m_connected = true;
    m_backoff.reset();
    m_scheduler.rearmSoon();
    Q_EMIT connectionRestored();
}

} // namespace kiosk
