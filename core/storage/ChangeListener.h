#pragma once

#include "SeatChangeAnnouncer.h"
#include "common/RetryBackoff.h"
#include "domain/Result.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace kiosk {

class Database;

// Tells a terminal, on its own connection, that another connection changed seats, and
// watches that connection's health.
// PostgreSQL: LISTEN kiosk_seats plus a heartbeat; a session-mode pool or a direct
// connection is needed, since LISTEN belongs to a session. Commits queue their seat changes
// (migrations 0002, 0015) and one listener per schema, elected by the heartbeat
// (SeatChangeAnnouncer), NOTIFYs them every AnnounceMs. SQLite: PRAGMA data_version, which
// changes when any other connection commits.
// When the link fails it reports connectionLost, retries with capped exponential backoff,
// listens again and reports connectionRestored; listeners then re-read what they show.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    static constexpr int SqlitePollMs = 100;
    static constexpr int HeartbeatMs = 2000;
    // How often the elected listener announces queued seat changes: the most a change waits.
    static constexpr int AnnounceMs = 20;
    // The channel is kiosk_seats_<schema>: kiosk_seats_public unless search_path says otherwise.
    static constexpr const char *ChannelPrefix = "kiosk_seats_";

    static Result<std::unique_ptr<ChangeListener>> open(const QString &url, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isConnected() const { return m_connected; }
    // Something failed elsewhere: test the link now instead of at the next heartbeat.
    void checkNow();

Q_SIGNALS:
    // flightId 0: something changed but not known where (SQLite); re-read everything shown.
    void seatsChanged(qint64 flightId, const QStringList &seatCodes);
    void connectionLost(const QString &reason);
    void retryScheduled(int attempt, int delayMs);
    void connectionRestored();

private:
    ChangeListener(std::unique_ptr<Database> db, QObject *parent);
    Status subscribe();
    Status offerToAnnounce();
    void announce();
    void onNotification(const QString &name, const QString &payload);
    void poll();
    Result<qint64> dataVersion();
    void markLost(const QString &reason);
    void retry();

    std::unique_ptr<Database> m_db;
    SeatChangeAnnouncer m_announcer;
    QTimer m_pollTimer;  // heartbeat (PostgreSQL) or data_version poll (SQLite)
    QTimer m_announceTimer; // PostgreSQL, while this listener is the announcer
    QTimer m_retryTimer;
    RetryBackoff m_backoff;
    QString m_channel;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
};

} // namespace kiosk
