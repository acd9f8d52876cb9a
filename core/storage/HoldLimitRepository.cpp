#include "HoldLimitRepository.h"

#include "BookingFunctions.h"
#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

Result<QList<HoldLimits>> HoldLimitRepository::all()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT role, max_unpaid_holds, max_holds_per_minute, "
                                                         "decline_extension_seconds FROM hold_limits"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the hold limits")); !done)
        return done.error();
    QList<HoldLimits> rows;
    while (query->next()) {
        const auto role = roleFromName(query->value(0).toString());
        if (!role)
            continue; // the table's CHECK allows only known roles
        rows.append({*role, optionalInt(query->value(1)), optionalInt(query->value(2)), query->value(3).toInt()});
    }
    std::sort(rows.begin(), rows.end(), [](const HoldLimits &a, const HoldLimits &b) { return a.role < b.role; });
    return rows;
}

Result<HoldLimits> HoldLimitRepository::forRole(Role role)
{
    auto rows = all();
    if (!rows)
        return rows.error();
    for (const HoldLimits &limits : std::as_const(*rows)) {
        if (limits.role == role)
            return limits;
    }
    return HoldLimits{role, std::nullopt, std::nullopt, 0}; // a row removed by hand: no limits
}

Status HoldLimitRepository::save(const HoldLimits &limits)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO hold_limits (role, max_unpaid_holds, max_holds_per_minute, "
                             "decline_extension_seconds) VALUES (:role, :unpaid, :rate, :extension) "
                             "ON CONFLICT (role) DO UPDATE SET max_unpaid_holds = excluded.max_unpaid_holds, "
                             "max_holds_per_minute = excluded.max_holds_per_minute, "
                             "decline_extension_seconds = excluded.decline_extension_seconds"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":role"), roleName(limits.role))
        .bind(QStringLiteral(":unpaid"), nullable(limits.maxUnpaidHolds))
        .bind(QStringLiteral(":rate"), nullable(limits.maxHoldsPerMinute))
        .bind(QStringLiteral(":extension"), limits.declineExtensionSeconds);
    return upsert->exec(QStringLiteral("saving the hold limits"));
}

Result<TerminalHolds> HoldLimitRepository::holdsOf(const QString &terminal)
{
    const SqlDialect &sql = m_db.dialect();
    const QString now = sql.now();
    const QString minuteAgo = sql.plusSeconds(now, QStringLiteral("-60"));
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM bookings WHERE terminal = :t1 "
                             "AND state IN ('SEAT_HELD', 'PAYMENT_PENDING') "
                             "AND (state = 'PAYMENT_PENDING' OR hold_deadline > %1)), "
                             "(SELECT %2 FROM bookings WHERE terminal = :t2 AND state IN ('SEAT_HELD', 'PAYMENT_PENDING') "
                             "AND hold_deadline > %1), "
                             "(SELECT count(*) FROM bookings WHERE terminal = :t3 AND created_at > %3), "
                             "(SELECT %4 FROM bookings WHERE terminal = :t4 AND created_at > %3)")
                  .arg(now, sql.epochMs(QStringLiteral("min(hold_deadline)")), minuteAgo,
                       sql.epochMs(sql.plusSeconds(QStringLiteral("min(created_at)"), QStringLiteral("60")))));
    if (!query)
        return query.error();
    for (const QString &placeholder : {QStringLiteral(":t1"), QStringLiteral(":t2"), QStringLiteral(":t3"),
                                       QStringLiteral(":t4")})
        query->bind(placeholder, terminal);
    if (auto done = query->exec(QStringLiteral("counting the terminal's holds")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("counting the terminal's holds answered nothing"));
    return TerminalHolds{query->value(0).toInt(), utcFromEpochMs(query->value(1)), query->value(2).toInt(),
                         utcFromEpochMs(query->value(3))};
}

Result<std::optional<QDateTime>> HoldLimitRepository::extendAfterDecline(qint64 bookingId, Role role)
{
    const SqlDialect &sql = m_db.dialect();
    if (sql.isPostgres())
        return BookingFunctions(m_db).extendHold(bookingId, roleName(role));
    // Placeholders are not reused within a statement (not every driver binds a name twice).
    const QString extension = QStringLiteral("(SELECT decline_extension_seconds FROM hold_limits WHERE role = %1)");
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE bookings SET hold_deadline = %1, hold_extended = TRUE, updated_at = %2 "
                             "WHERE id = :id AND state = 'SEAT_HELD' AND NOT hold_extended AND hold_deadline > %2 "
                             "AND %3 > 0 RETURNING %4")
                  .arg(sql.plusSeconds(QStringLiteral("hold_deadline"), extension.arg(QStringLiteral(":role1"))),
                       sql.now(), extension.arg(QStringLiteral(":role2")), sql.epochMs(QStringLiteral("hold_deadline"))));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), bookingId)
        .bind(QStringLiteral(":role1"), roleName(role))
        .bind(QStringLiteral(":role2"), roleName(role));
    if (auto done = update->exec(QStringLiteral("extending the hold after a declined payment")); !done)
        return done.error();
    if (!update->next())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(utcFromEpochMs(update->value(0)));
}

} // namespace kiosk
