#include "InputParser.h"

#include "domain/BookingReference.h"

#include <QRegularExpression>

namespace kiosk::ctl {

namespace {
Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}
} // namespace

Result<FlightRef> InputParser::flight(const QString &text)
{
    if (auto ref = FlightRef::parse(text))
        return *ref;
    return bad(QStringLiteral("'%1' is not a flight: give its id (42) or CARRIER+NUMBER/DATE (KX101/2026-12-01)")
                   .arg(text));
}

Result<QList<SeatCode>> InputParser::seatList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return bad(QStringLiteral("no seats requested; name at least one seat, e.g. 12A or 12A,12B"));
    const QStringList entries = text.split(QLatin1Char(','));
    QList<SeatCode> seats;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries[i].trimmed();
        if (entry.isEmpty())
            return bad(QStringLiteral("the seat list '%1' has an empty entry at position %2; separate seats with "
                                      "single commas, e.g. 12A,12B")
                           .arg(text, QString::number(i + 1)));
        const auto seat = SeatCode::parse(entry);
        if (!seat)
            return bad(QStringLiteral("'%1' in the seat list '%2' is not a seat: a row number from 1 to 99 and a "
                                      "letter, e.g. 12A")
                           .arg(entry, text));
        if (seats.contains(*seat))
            return bad(QStringLiteral("seat %1 is listed twice").arg(seat->toString()));
        seats << *seat;
    }
    return seats;
}

Result<QList<SeatCode>> InputParser::seatListIfGiven(bool given, const QString &text)
{
    if (!given)
        return QList<SeatCode>();
    return seatList(text);
}

Result<QString> InputParser::booking(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (auto reference = BookingReference::parse(trimmed))
        return reference->toString();
    bool isNumber = false;
    const qint64 id = trimmed.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return trimmed;
    return bad(QStringLiteral("'%1' is not a booking: give its 6-character reference (e.g. ABC234, letters without "
                              "I, L, O and digits 2-9) or its numeric id")
                   .arg(text));
}

Result<int> InputParser::integer(const QString &text, const QString &option, int min, int max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return bad(QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                       .arg(option)
                       .arg(min)
                       .arg(max)
                       .arg(text));
    return int(value);
}

Result<Money> InputParser::money(const QString &text, const QString &currency)
{
    if (auto money = Money::parse(text, currency))
        return *money;
    return bad(QStringLiteral("--amount must be an amount in %1 with at most %2 decimal(s), e.g. 12.50, not '%3'")
                   .arg(currency)
                   .arg(Money::exponentOf(currency))
                   .arg(text));
}

Result<QDate> InputParser::date(const QString &text, const QString &option)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!shape.match(text.trimmed()).hasMatch() || !date.isValid())
        return bad(QStringLiteral("--%1 must be a date as YYYY-MM-DD, not '%2'").arg(option, text));
    return date;
}

Result<InputParser::Designator> InputParser::designator(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^([A-Za-z0-9]{2})(\d{1,4})(?:/(.+))?$)"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch() || match.captured(2).toInt() < 1)
        return bad(QStringLiteral("--flight must be a flight designator such as KX101, optionally with a date "
                                  "(KX101/2026-12-01), not '%1'")
                       .arg(text));
    Designator designator{match.captured(1).toUpper(), match.captured(2).toInt(), QDate()};
    if (match.hasCaptured(3)) {
        auto date = InputParser::date(match.captured(3), QStringLiteral("flight"));
        if (!date)
            return date.error();
        designator.date = *date;
    }
    return designator;
}

Result<QString> InputParser::airport(const QString &text, const QString &option)
{
    static const QRegularExpression iata(QStringLiteral("^[A-Za-z]{3}$"));
    const QString trimmed = text.trimmed();
    if (!iata.match(trimmed).hasMatch())
        return bad(QStringLiteral("--%1 must be a three-letter IATA airport code such as DUB, not '%2'")
                       .arg(option, text));
    return trimmed.toUpper();
}

std::optional<Cabin> InputParser::cabin(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted.size() == 1)
        return cabinFromCode(wanted.at(0).toUpper());
    for (Cabin cabin : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy}) {
        if (cabinName(cabin) == wanted || cabinName(cabin).section(QLatin1Char(' '), 0, 0) == wanted)
            return cabin;
    }
    return std::nullopt;
}

} // namespace kiosk::ctl
