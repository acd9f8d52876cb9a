#pragma once

#include "HoldScheduler.h"
#include "common/RetryBackoff.h"
#include "domain/Result.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace kiosk {

class BookingService;
class ChangeListener;
class Database;

// A running terminal's view of what every other terminal does: seat changes pushed by the
// database (ChangeListener), lapsed holds released at their deadline (HoldScheduler, re-armed
// whenever seats change anywhere), and the terminal's own connection reopened when the
// database comes back. Screens connect to its signals and re-read what they show.
class LiveSync : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<LiveSync>> open(const QString &url, BookingService &service, Database &db,
                                                  QObject *parent = nullptr);
    ~LiveSync() override;

    void start();
    bool isConnected() const { return m_connected; }
    HoldScheduler &scheduler() { return m_scheduler; }
    // An operation failed; if the database was unreachable, find out now and recover.
    void reportFailure(const Error &error);

Q_SIGNALS:
    void seatsChanged(qint64 flightId, const QStringList &seatCodes); // 0: re-read every flight shown
    void connectionLost(const QString &reason);
    void retryScheduled(int attempt, int delayMs);
    void connectionRestored();

private:
    LiveSync(std::unique_ptr<ChangeListener> listener, BookingService &service, Database &db, QObject *parent);
    void onListenerLost(const QString &reason);
    // Reopens the terminal's own connection; retried with backoff until it works.
    void reconnectTerminal();

    std::unique_ptr<ChangeListener> m_listener;
    Database &m_db;
    HoldScheduler m_scheduler;
    QTimer m_retryTimer;
    RetryBackoff m_backoff;
    bool m_connected = true;
};

} // namespace kiosk
