#include "PgPrepared.h"

#include "domain/IsoDate.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace kiosk {

namespace {

// Type OIDs of the catalog (fixed since PostgreSQL 7; libpq-dev does not ship pg_type_d.h).
enum TypeOid : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    RegprocOid = 24,
    OidOid = 26,
    XidOid = 28,
    CidOid = 29,
    Float4Oid = 700,
    Float8Oid = 701,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    TimeTzOid = 1266,
    NumericOid = 1700,
};

// The QVariant type QPSQL gives a column of this type.
QMetaType::Type variantType(Oid type)
{
    switch (type) {
    case BoolOid:
        return QMetaType::Bool;
    case Int8Oid:
        return QMetaType::LongLong;
    case Int2Oid:
    case Int4Oid:
    case OidOid:
    case RegprocOid:
    case XidOid:
    case CidOid:
        return QMetaType::Int;
    case NumericOid:
    case Float4Oid:
    case Float8Oid:
        return QMetaType::Double;
    case DateOid:
        return QMetaType::QDate;
    case TimeOid:
    case TimeTzOid:
        return QMetaType::QTime;
    case TimestampOid:
    case TimestampTzOid:
        return QMetaType::QDateTime;
    case ByteaOid:
        return QMetaType::QByteArray;
    default:
        return QMetaType::QString;
    }
}

// A whole number as PostgreSQL writes it; 0 for anything else, as QByteArray::toLongLong
// answers, at a tenth of its cost (it goes through the locale's number parsing).
template <typename Integer>
Integer integerOf(const char *text, int length)
{
    Integer value = 0;
    std::from_chars(text, text + length, value);
    return value;
}

template <typename Integer>
QByteArray integerText(Integer value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    return QByteArray(digits, written.ptr - digits);
}

QVariant decoded(const char *text, int length, Oid type)
{
    const QByteArray raw = QByteArray::fromRawData(text, length);
    switch (variantType(type)) {
    case QMetaType::Bool:
        return text[0] == 't';
    case QMetaType::LongLong:
        return integerOf<qlonglong>(text, length);
    case QMetaType::Int:
        return integerOf<int>(text, length);
    case QMetaType::Double: {
        bool ok = false;
        const double number = raw.toDouble(&ok);
        if (ok)
            return number;
        if (raw.compare("NaN", Qt::CaseInsensitive) == 0)
            return std::numeric_limits<double>::quiet_NaN();
        if (raw.compare("Infinity", Qt::CaseInsensitive) == 0)
            return std::numeric_limits<double>::infinity();
        if (raw.compare("-Infinity", Qt::CaseInsensitive) == 0)
            return -std::numeric_limits<double>::infinity();
        return QVariant();
    }
    case QMetaType::QDate:
        return isoDateAt(QString::fromLatin1(raw));
    case QMetaType::QTime:
        return QTime::fromString(QString::fromLatin1(raw), Qt::ISODate);
    case QMetaType::QDateTime:
        return QDateTime::fromString(QString::fromLatin1(raw), Qt::ISODate).toLocalTime();
    case QMetaType::QByteArray: {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray value(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return value;
    }
    default:
        return QString::fromUtf8(raw);
    }
}

// A bound value as the text PostgreSQL's input function for the parameter's type reads,
// the same value QPSQL would have written as an SQL literal.
QByteArray parameterText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return integerText(value.toLongLong()); // not through QVariant::toString's conversion
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return integerText(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QByteArrayLiteral("NaN");
        if (std::isinf(number))
            return number < 0 ? QByteArrayLiteral("-Infinity") : QByteArrayLiteral("Infinity");
        return QByteArray::number(number, 'g', std::numeric_limits<double>::max_digits10);
    }
    case QMetaType::QDateTime:
        return QLocale::c().toString(value.toDateTime().toUTC(), u"yyyy-MM-ddThh:mm:ss.zzz").toLatin1() + 'Z';
    case QMetaType::QDate:
        return isoDateText(value.toDate()).toLatin1();
    case QMetaType::QTime:
        return value.toTime().toString(u"hh:mm:ss.zzz").toLatin1();
    case QMetaType::QByteArray:
        return QByteArrayLiteral("\\x") + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) { // what QPSQL writes as NULL besides null variants
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

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
      m_values(placeholders.size()),
      m_texts(placeholders.size()),
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
    for (const int number : m_numbers[index])
        m_values[number] = value;
}

bool PgPrepared::exec()
{
    finish();
    m_error = QSqlError();
    if (!m_connection) {
        m_error = QSqlError(QStringLiteral("libpq: no connection"), QString(), QSqlError::ConnectionError);
        return false;
    }
    const int count = int(m_values.size());
    for (int i = 0; i < count; ++i) {
        const bool null = isNullValue(m_values[i]);
        m_texts[i] = null ? QByteArray() : parameterText(m_values[i]);
        m_pointers[i] = null ? nullptr : m_texts[i].constData(); // "" for an empty text, never null
    }
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

QVariant PgPrepared::value(int column) const
{
    if (!m_result || m_row < 0 || column < 0 || column >= PQnfields(m_result))
        return QVariant();
    const Oid type = PQftype(m_result, column);
    if (PQgetisnull(m_result, m_row, column))
        return QVariant(QMetaType(variantType(type)));
    return decoded(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column), type);
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
