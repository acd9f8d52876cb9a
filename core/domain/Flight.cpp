#include "Flight.h"

#include <QRegularExpression>

namespace kiosk {

std::optional<FlightRef> FlightRef::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 id = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return id > 0 ? std::optional<FlightRef>(byId(id)) : std::nullopt;

    // Airline designators are two characters (letters or a digit and a letter).
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([A-Z0-9]{2})\s*(\d{1,4})/(\d{4}-\d{2}-\d{2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(3), Qt::ISODate);
    const int number = match.captured(2).toInt();
    if (!date.isValid() || number < 1)
        return std::nullopt;
    return FlightRef{0, match.captured(1).toUpper(), number, date};
}

QString FlightRef::toString() const
{
    if (id > 0)
        return QString::number(id);
    return carrier + QString::number(number) + QLatin1Char('/') + date.toString(Qt::ISODate);
}

} // namespace kiosk
