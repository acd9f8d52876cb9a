#pragma once

#include "domain/Result.h"

#include <QString>

namespace kiosk {

class Database;

// Writes a seat's block (seats.blocked, block_channel, block_reason: migration 0030). The
// rules (who may, which seats, the audit row) are SeatBlocker's; on PostgreSQL the
// triggers of 0010 and 0030 refuse a terminal login without an agent signed in.
class SeatBlockRepository {
public:
    explicit SeatBlockRepository(Database &db) : m_db(db) {}

    // deskOnly: agents at the desk still sell it; reason empty stores none.
    Status block(qint64 seatId, bool deskOnly, const QString &reason);
    Status unblock(qint64 seatId);

private:
    Status write(qint64 seatId, bool blocked, const QString &channel, const QString &reason);

    Database &m_db;
};

} // namespace kiosk
