#include "SalesCutoffRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<QList<SalesCutoffRow>> SalesCutoffRepository::all()
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT carrier, route, closes_minutes FROM sales_cutoffs ORDER BY carrier, route"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the sales cut-offs")); !done)
        return done.error();
    QList<SalesCutoffRow> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toInt()});
    return rows;
}

Status SalesCutoffRepository::save(const SalesCutoffRow &row)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO sales_cutoffs (carrier, route, closes_minutes) VALUES (:carrier, :route, :closes) "
                             "ON CONFLICT (carrier, route) DO UPDATE SET closes_minutes = excluded.closes_minutes"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":carrier"), row.carrier)
        .bind(QStringLiteral(":route"), row.route.isNull() ? QStringLiteral("") : row.route) // '' is the whole airline
        .bind(QStringLiteral(":closes"), row.closesMinutes);
    return upsert->exec(QStringLiteral("saving the sales cut-off"));
}

Result<bool> SalesCutoffRepository::remove(const QString &carrier, const QString &route)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM sales_cutoffs WHERE carrier = :carrier AND route = :route"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":carrier"), carrier).bind(QStringLiteral(":route"), route.isNull() ? QStringLiteral("") : route);
    if (auto done = remove->exec(QStringLiteral("removing the sales cut-off")); !done)
        return done.error();
    return remove->numRowsAffected() > 0;
}

} // namespace kiosk
