#include "IsoDate.h"

namespace kiosk {

namespace {

void putDigits(QChar *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        at[i] = QChar(u'0' + value % 10);
}

int digitsAt(QStringView text, qsizetype from, int width)
{
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString isoDateText(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, date.year(), 4);
    out[4] = out[7] = QLatin1Char('-');
    putDigits(out + 5, date.month(), 2);
    putDigits(out + 8, date.day(), 2);
    return text;
}

QDate isoDateAt(QStringView text)
{
    if (text.size() < 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return QDate::fromString(text.left(10).toString(), Qt::ISODate);
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return QDate::fromString(text.left(10).toString(), Qt::ISODate);
    return QDate(year, month, day); // invalid for month 13 or 31 February, as Qt's parse
}

} // namespace kiosk
