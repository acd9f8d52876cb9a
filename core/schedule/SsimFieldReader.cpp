#include "SsimFieldReader.h"

namespace kiosk {

namespace {

const char *const Months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString SsimFieldReader::raw(int first, int last) const
{
    return QString::fromLatin1(m_record.mid(first - 1, last - first + 1));
}

bool SsimFieldReader::isBlank(int first, int last) const
{
    return raw(first, last).trimmed().isEmpty();
}

void SsimFieldReader::fail(int first, int last, const QString &name, const QString &problem)
{
    if (!m_problem.isEmpty())
        return;
    const QString where = first == last ? QStringLiteral("column %1").arg(first)
                                        : QStringLiteral("columns %1-%2").arg(first).arg(last);
    m_problem = QStringLiteral("line %1, %2: %3 \"%4\" %5").arg(m_line).arg(where, name, raw(first, last), problem);
}

void SsimFieldReader::failRecord(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = QStringLiteral("line %1: %2").arg(m_line).arg(problem);
}

std::optional<QDate> SsimFieldReader::date(int first, const QString &name, bool openAllowed)
{
    const QString text = raw(first, first + 6);
    if (openAllowed && text == QLatin1String("00XXX00"))
        return QDate();
    const QString day = text.left(2), month = text.mid(2, 3), year = text.mid(5, 2);
    int monthNumber = 0;
    for (int i = 0; i < 12; ++i) {
        if (month == QLatin1String(Months[i]))
            monthNumber = i + 1;
    }
    const QDate date = allDigits(day) && allDigits(year) && monthNumber > 0
        ? QDate(2000 + year.toInt(), monthNumber, day.toInt())
        : QDate();
    if (!date.isValid()) {
        fail(first, first + 6, name,
             openAllowed ? QStringLiteral("is not a date DDMMMYY such as 09JUN05, nor 00XXX00 for an open end")
                         : QStringLiteral("is not a date DDMMMYY such as 09JUN05"));
        return std::nullopt;
    }
    return date;
}

std::optional<QTime> SsimFieldReader::time(int first, const QString &name)
{
    const QString text = raw(first, first + 3);
    const int hours = text.left(2).toInt(), minutes = text.mid(2).toInt();
    if (!allDigits(text) || hours > 23 || minutes > 59) {
        fail(first, first + 3, name, QStringLiteral("is not a time HHMM from 0000 to 2359"));
        return std::nullopt;
    }
    return QTime(hours, minutes);
}

std::optional<int> SsimFieldReader::utcVariation(int first, const QString &name)
{
    const QString text = raw(first, first + 4);
    const QChar sign = text.at(0);
    const QString digits = text.mid(1);
    const int hours = digits.left(2).toInt(), minutes = digits.mid(2).toInt();
    if ((sign != QLatin1Char('+') && sign != QLatin1Char('-')) || !allDigits(digits) || minutes > 59
        || hours * 60 + minutes > 14 * 60) {
        fail(first, first + 4, name, QStringLiteral("is not a UTC variation +HHMM or -HHMM of at most 14 hours"));
        return std::nullopt;
    }
    return (sign == QLatin1Char('-') ? -1 : 1) * (hours * 60 + minutes);
}

std::optional<int> SsimFieldReader::number(int first, int last, const QString &name, int min, int max,
                                           std::optional<int> blankValue)
{
    const QString text = raw(first, last).trimmed();
    if (text.isEmpty() && blankValue)
        return blankValue;
    const int value = text.toInt();
    if (!allDigits(text) || value < min || value > max) {
        fail(first, last, name, QStringLiteral("is not a number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> SsimFieldReader::station(int first, const QString &name)
{
    const QString text = raw(first, first + 2);
    for (QChar c : text) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
            fail(first, first + 2, name, QStringLiteral("is not a three-letter IATA airport code"));
            return std::nullopt;
        }
    }
    return text;
}

std::optional<int> SsimFieldReader::dateVariation(int column, const QString &name)
{
    const QChar c = raw(column, column).at(0);
    if (c == QLatin1Char(' '))
        return 0;
    if (c == QLatin1Char('A'))
        return -1;
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    fail(column, column, name, QStringLiteral("must be 0-9 days later, A for the day before, or blank"));
    return std::nullopt;
}

std::optional<QString> SsimFieldReader::daysOfOperation(int first)
{
    const QString text = raw(first, first + 6);
    const QString name = QStringLiteral("days of operation");
    for (int i = 0; i < 7; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char(' ') && c != QChar(QLatin1Char('1' + i))) {
            fail(first, first + 6, name,
                 QStringLiteral("may hold only its own day in each place (1 Monday ... 7 Sunday) or a blank; "
                                "place %1 holds '%2'").arg(i + 1).arg(c));
            return std::nullopt;
        }
    }
    if (text.trimmed().isEmpty()) {
        fail(first, first + 6, name, QStringLiteral("names no day at all"));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> SsimFieldReader::airline(int first, const QString &name)
{
    const QString text = raw(first, first + 2).trimmed();
    bool valid = text.size() >= 2 && raw(first, first + 1).trimmed().size() == 2;
    for (QChar c : text)
        valid = valid && ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')));
    if (!valid) {
        fail(first, first + 2, name, QStringLiteral("is not an airline designator (two or three letters or digits)"));
        return std::nullopt;
    }
    return text;
}

} // namespace kiosk
