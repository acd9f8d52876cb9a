#include "SeatBlockRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Status SeatBlockRepository::block(qint64 seatId, bool deskOnly, const QString &reason)
{
    return write(seatId, true, deskOnly ? QStringLiteral("desk") : QString(), reason.isEmpty() ? QString() : reason);
}

Status SeatBlockRepository::unblock(qint64 seatId)
{
    return write(seatId, false, QString(), QString());
}

Status SeatBlockRepository::write(qint64 seatId, bool blocked, const QString &channel, const QString &reason)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE seats SET blocked = :blocked, block_channel = :channel, "
                                                          "block_reason = :reason WHERE id = :seat"));
    if (!update)
        return update.error();
    // QString() binds NULL: no channel (nobody sells it) and no reason.
    update->bind(QStringLiteral(":blocked"), blocked)
        .bind(QStringLiteral(":channel"), channel)
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":seat"), seatId);
    return update->exec(QStringLiteral("writing the block of seat %1").arg(seatId));
}

} // namespace kiosk
