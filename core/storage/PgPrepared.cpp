#include "PgPrepared.h"

#include "PgValues.h"

#include <libpq-fe.h>

#include <string>
#include <vector>

namespace kiosk {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// An error as QPSQL reports it: the server's message with its SQLSTATE, typed as a
// connection error once libpq has lost the session.
QSqlError errorOf(PGconn *connection, const PGresult *result, const QString &what)
{
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(connection));
    const QString code = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    if (!code.isEmpty())
        message += QStringLiteral("(%1)").arg(code);
    const auto type = PQstatus(connection) == CONNECTION_BAD ? QSqlError::ConnectionError : QSqlError::StatementError;
    return QSqlError(QStringLiteral("libpq: ") + what, message, type, code);
}

} // namespace

QString positionalPlaceholders(const QString &sql, QStringList *placeholders)
{
    QString out;
    out.reserve(sql.size() + 16);
    QChar quote; // inside '…' or "…" while set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar(); // a doubled quote re-enters at once on the next character
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
            continue;
        }
        if (c == QLatin1Char(':') && i + 1 < sql.size() && sql[i + 1] == QLatin1Char(':')) {
            out += QLatin1String("::"); // a cast
            ++i;
            continue;
        }
        if (c == QLatin1Char(':') && i + 1 < sql.size() && isIdentifierStart(sql[i + 1])) {
            qsizetype end = i + 1;
            while (end < sql.size() && isIdentifierPart(sql[end]))
                ++end;
            placeholders->append(sql.mid(i, end - i));
            out += QLatin1Char('$') + QString::number(placeholders->size());
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

std::unique_ptr<PgPrepared> PgPrepared::prepare(PGconn *connection, const QByteArray &name, const QString &sql,
                                                QSqlError *error)
{
    QStringList placeholders;
    const QByteArray text = positionalPlaceholders(sql, &placeholders).toUtf8();
    // The server infers each parameter's type from where it stands, as for SQL PREPARE.
    PGresult *result = PQprepare(connection, name.constData(), text.constData(), int(placeholders.size()), nullptr);
    const bool prepared = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!prepared)
        *error = errorOf(connection, result, QStringLiteral("unable to prepare statement"));
    PQclear(result);
    if (!prepared)
        return nullptr;
    return std::unique_ptr<PgPrepared>(new PgPrepared(connection, name, sql, std::move(placeholders)));
}

PgPrepared::PgPrepared(PGconn *connection, QByteArray name, QString sql, QStringList placeholders)
    : m_connection(connection),
      m_name(std::move(name)),
      m_sql(std::move(sql)),
      m_texts(placeholders.size()),
      m_null(placeholders.size(), true),
      m_pointers(placeholders.size(), nullptr)
{
    for (int i = 0; i < int(placeholders.size()); ++i) {
        const auto known = m_indexByName.constFind(placeholders[i]);
        if (known != m_indexByName.cend()) {
            m_numbers[*known].append(i);
            continue;
        }
        m_indexByName.insert(placeholders[i], int(m_numbers.size()));
        m_numbers.append(QList<int>{i});
    }
}

PgPrepared::~PgPrepared()
{
    finish();
    // Evicted from a live session: free it on the server (an aborted transaction refuses
    // even that; the name is never reused, so it only waits for the session's end).
    if (m_connection && PQstatus(m_connection) == CONNECTION_OK
        && PQtransactionStatus(m_connection) != PQTRANS_INERROR)
        PQclear(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
}

int PgPrepared::placeholderIndex(const QString &placeholder)
{
    const int call = m_binds++;
    if (call < m_bindOrder.size()) {
        if (m_bindOrder[call].name == placeholder)
            return m_bindOrder[call].index;
    }
    const int index = m_indexByName.value(placeholder, -1);
    if (index < 0)
        return -1;
    if (call < m_bindOrder.size())
        m_bindOrder[call] = Bound{placeholder, index};
    else if (call == m_bindOrder.size())
        m_bindOrder.append(Bound{placeholder, index});
    return index;
}

void PgPrepared::bind(const QString &placeholder, const QVariant &value)
{
    const int index = placeholderIndex(placeholder);
    if (index < 0)
        return;
    const QList<int> &numbers = m_numbers[index];
    const int first = numbers.front();
    const bool null = pgvalues::isNullValue(value);
    if (null)
        m_texts[first].clear();
    else
        pgvalues::writeParameterText(m_texts[first], value, m_utf8);
    for (const int number : numbers) {
        m_null[number] = null;
        if (number != first)
            m_texts[number] = m_texts[first];
    }
}

bool PgPrepared::exec()
{
    finish();
    if (m_error.isValid())
        m_error = QSqlError(); // only then: every QSqlError made allocates
    if (!m_connection) {
        m_error = QSqlError(QStringLiteral("libpq: no connection"), QString(), QSqlError::ConnectionError);
        return false;
    }
    const int count = int(m_texts.size());
    for (int i = 0; i < count; ++i)
        m_pointers[i] = m_null[i] ? nullptr : m_texts[i].c_str(); // "" for an empty text, never null
    m_result = PQexecPrepared(m_connection, m_name.constData(), count, m_pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return true;
    m_error = errorOf(m_connection, m_result, QStringLiteral("unable to run statement"));
    finish();
    return false;
}

bool PgPrepared::next()
{
    if (!m_result || m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

bool PgPrepared::onCell(int column) const
{
    return m_result && m_row >= 0 && column >= 0 && column < PQnfields(m_result);
}

QVariant PgPrepared::value(int column) const
{
    if (!onCell(column))
        return QVariant();
    const Oid type = PQftype(m_result, column);
    if (PQgetisnull(m_result, m_row, column))
        return QVariant(QMetaType(pgvalues::variantType(type)));
    return pgvalues::decoded(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column), type);
}

bool PgPrepared::textIsValuesText(int column) const
{
    switch (pgvalues::variantType(PQftype(m_result, column))) {
    case QMetaType::QString:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return true;
    case QMetaType::QDate: // YYYY-MM-DD (QPSQL sets DateStyle ISO on open), as QDate writes it
        return PQgetlength(m_result, m_row, column) == 10;
    default:
        return false;
    }
}

QString PgPrepared::text(int column) const
{
    if (isNull(column) || !textIsValuesText(column))
        return value(column).toString();
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

qint64 PgPrepared::integer(int column) const
{
    if (isNull(column))
        return value(column).toLongLong();
    const QMetaType::Type type = pgvalues::variantType(PQftype(m_result, column));
    if (type != QMetaType::Int && type != QMetaType::LongLong)
        return value(column).toLongLong();
    return pgvalues::integerOf<qint64>(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

bool PgPrepared::isNull(int column) const
{
    return !onCell(column) || PQgetisnull(m_result, m_row, column);
}

int PgPrepared::numRowsAffected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : -1;
}

void PgPrepared::finish()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_binds = 0;
}

} // namespace kiosk
