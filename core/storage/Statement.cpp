#include "Statement.h"

#include "Database.h"

#include <QSqlQuery>

namespace kiosk {

Result<Statement> Statement::prepare(Database &db, const QString &sql)
{
    auto query = db.prepared(sql);
    if (!query)
        return query.error();
    return Statement(db, *query);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_query(other.m_query)
{
    other.m_query = nullptr;
}

Statement::~Statement()
{
    if (m_query) {
        m_query->finish();
        m_db->release(m_query);
    }
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Status Statement::exec(const QString &what)
{
    m_db->countStatement(m_query->lastQuery());
    if (!m_query->exec())
        return m_db->errorFrom(m_query->lastError(), what);
    return Done{};
}

bool Statement::next()
{
    return m_query->next();
}

QVariant Statement::value(int column) const
{
    return m_query->value(column);
}

int Statement::numRowsAffected() const
{
    return m_query->numRowsAffected();
}

QSqlError Statement::lastError() const
{
    return m_query->lastError();
}

QDateTime utcFromEpochMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace kiosk
