#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// PostgreSQL: the seat changes that commits queued (migration 0015's seat_changes) are
// announced by one session per schema, so no selling transaction pays for a NOTIFY. Which
// session is a session-level advisory lock: whoever holds it leads until its connection
// ends, and then the next listener to try takes over. ChangeListener drives it on its own
// listening connection.
class SeatChangeAnnouncer {
    Q_DECLARE_TR_FUNCTIONS(SeatChangeAnnouncer)
public:
    explicit SeatChangeAnnouncer(Database &db) : m_db(db) {}

    bool leads() const { return m_leads; }
    // Becomes the announcer if no other session is; true if this one is. One round trip,
    // which doubles as the connection's heartbeat.
    Result<bool> tryToLead();
    // NOTIFYs what was queued since the last call and takes it off the queue, in one
    // transaction; returns how many notifications (one per flight) went out.
    Result<int> announce();
    // The connection ended, and the advisory lock with it.
    void connectionLost() { m_leads = false; }

private:
    Database &m_db;
    bool m_leads = false;
};

} // namespace kiosk
