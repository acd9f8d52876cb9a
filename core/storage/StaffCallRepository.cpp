#include "StaffCallRepository.h"

#include "Database.h"
#include "Statement.h"

#include <QCoreApplication>

namespace kiosk {

namespace {

QString selectCalls(const SqlDialect &sql)
{
    return QStringLiteral("SELECT id, terminal, screen, reference, %1, %2, answered_by FROM staff_calls ")
        .arg(sql.epochMs(QStringLiteral("called_at")), sql.epochMs(QStringLiteral("answered_at")));
}

StaffCall readCall(const Statement &row)
{
    StaffCall call;
    call.id = row.value(0).toLongLong();
    call.terminal = row.value(1).toString();
    call.screen = row.value(2).toString();
    call.reference = row.value(3).toString();
    call.calledAtUtc = utcFromEpochMs(row.value(4));
    call.answeredAtUtc = utcFromEpochMs(row.value(5));
    call.answeredBy = row.value(6).toString();
    return call;
}

} // namespace

Result<StaffCall> StaffCallRepository::open(const QString &terminal, const QString &screen, const QString &reference)
{
    // Twice at most: an agent may answer the open call between the insert that found it and
    // the read, and then this press deserves a call of its own.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto insert = Statement::prepare(
            m_db, QStringLiteral("INSERT INTO staff_calls (terminal, screen, reference, called_at) "
                                 "VALUES (:terminal, :screen, :reference, %1) ON CONFLICT DO NOTHING")
                      .arg(m_db.dialect().now()));
        if (!insert)
            return insert.error();
        insert->bind(QStringLiteral(":terminal"), terminal)
            .bind(QStringLiteral(":screen"), screen)
            .bind(QStringLiteral(":reference"),
                  reference.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reference));
        if (auto done = insert->exec(QStringLiteral("calling staff")); !done)
            return done.error();
        auto call = openOf(terminal);
        if (call || call.error().code != ErrorCode::NotFound)
            return call;
    }
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("StaffCallRepository", "the call for help from %1 was not recorded")
                         .arg(terminal));
}

Result<StaffCall> StaffCallRepository::openOf(const QString &terminal)
{
    auto query = Statement::prepare(
        m_db, selectCalls(m_db.dialect()) + QStringLiteral("WHERE terminal = :terminal AND answered_at IS NULL"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":terminal"), terminal);
    if (auto done = query->exec(QStringLiteral("reading the open call for help")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("StaffCallRepository", "%1 has no open call for help").arg(terminal));
    return readCall(*query);
}

Result<QList<StaffCall>> StaffCallRepository::openCalls()
{
    auto query = Statement::prepare(
        m_db, selectCalls(m_db.dialect()) + QStringLiteral("WHERE answered_at IS NULL ORDER BY called_at, id"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the open calls for help")); !done)
        return done.error();
    QList<StaffCall> calls;
    while (query->next())
        calls << readCall(*query);
    return calls;
}

Result<StaffCall> StaffCallRepository::find(qint64 id)
{
    auto query = Statement::prepare(m_db, selectCalls(m_db.dialect()) + QStringLiteral("WHERE id = :id"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), id);
    if (auto done = query->exec(QStringLiteral("reading a call for help")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("StaffCallRepository", "there is no call for help %1").arg(id));
    return readCall(*query);
}

Result<bool> StaffCallRepository::answer(qint64 id, const QString &by)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE staff_calls SET answered_at = %1, answered_by = :by "
                             "WHERE id = :id AND answered_at IS NULL")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":by"), by).bind(QStringLiteral(":id"), id);
    if (auto done = update->exec(QStringLiteral("answering a call for help")); !done)
        return done.error();
    return update->numRowsAffected() == 1;
}

} // namespace kiosk
