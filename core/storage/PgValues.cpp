#include "PgValues.h"

#include "domain/IsoDate.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <libpq-fe.h>

#include <cmath>
#include <limits>

namespace kiosk::pgvalues {

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

} // namespace

QMetaType::Type variantType(unsigned int type)
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

namespace {

template <typename Integer>
void appendInteger(std::string &out, Integer value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr);
}

} // namespace

QVariant decoded(const char *text, int length, unsigned int type)
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

namespace {

// writeParameterText for the values other than texts and whole numbers.
QByteArray parameterText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
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

} // namespace

void writeParameterText(std::string &out, const QVariant &value, QStringEncoder &utf8)
{
    out.clear();
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        out.resize(std::size_t(utf8.requiredSpace(text.size())));
        char *end = utf8.appendToBuffer(out.data(), text);
        out.resize(std::size_t(end - out.data()));
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        appendInteger(out, value.toLongLong()); // not through QVariant::toString's conversion
        break;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        appendInteger(out, value.toULongLong());
        break;
    default: {
        const QByteArray text = parameterText(value);
        out.append(text.constData(), std::size_t(text.size()));
    }
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

} // namespace kiosk::pgvalues
