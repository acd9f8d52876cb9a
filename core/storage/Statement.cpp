#include "Statement.h"

#include "PgPrepared.h"

#include <QSqlQuery>

namespace kiosk {

Result<Statement> Statement::prepare(Database &db, const QString &sql)
{
    auto prepared = db.prepared(sql);
    if (!prepared)
        return prepared.error();
    return Statement(db, *prepared);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_prepared(other.m_prepared)
{
    other.m_prepared = PreparedStatement{};
}

Statement::~Statement()
{
    if (m_prepared.pg)
        m_prepared.pg->finish();
    else if (m_prepared.query)
        m_prepared.query->finish();
    else
        return;
    m_db->release(m_prepared);
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    if (m_prepared.pg)
        m_prepared.pg->bind(placeholder, value);
    else
        m_prepared.query->bindValue(placeholder, value);
    return *this;
}

Status Statement::exec(const QString &what)
{
    if (m_prepared.pg) {
        m_db->countStatement(m_prepared.pg->sql());
        if (!m_prepared.pg->exec())
            return m_db->errorFrom(m_prepared.pg->lastError(), what);
        return Done{};
    }
    m_db->countStatement(m_prepared.query->lastQuery());
    if (!m_prepared.query->exec())
        return m_db->errorFrom(m_prepared.query->lastError(), what);
    return Done{};
}

bool Statement::next()
{
    return m_prepared.pg ? m_prepared.pg->next() : m_prepared.query->next();
}

QVariant Statement::value(int column) const
{
    return m_prepared.pg ? m_prepared.pg->value(column) : m_prepared.query->value(column);
}

QString Statement::text(int column) const
{
    return m_prepared.pg ? m_prepared.pg->text(column) : m_prepared.query->value(column).toString();
}

qint64 Statement::integer(int column) const
{
    return m_prepared.pg ? m_prepared.pg->integer(column) : m_prepared.query->value(column).toLongLong();
}

bool Statement::isNull(int column) const
{
    return m_prepared.pg ? m_prepared.pg->isNull(column) : m_prepared.query->isNull(column);
}

int Statement::numRowsAffected() const
{
    return m_prepared.pg ? m_prepared.pg->numRowsAffected() : m_prepared.query->numRowsAffected();
}

QSqlError Statement::lastError() const
{
    return m_prepared.pg ? m_prepared.pg->lastError() : m_prepared.query->lastError();
}

QDateTime utcFromEpochMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QDateTime utcFromEpochMs(const Statement &row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.integer(column), Qt::UTC);
}

} // namespace kiosk
