#include "BcbpEncoder.h"

#include "BcbpLayout.h"
#include "domain/IcaoTransliterator.h"
#include "domain/SeatCode.h"

#include <utility>

namespace kiosk {

namespace {

using namespace bcbp;

QString padded(const QString &value, int size)
{
    return value.leftJustified(size, QLatin1Char(' '), true);
}

QString hex2(int value)
{
    return QStringLiteral("%1").arg(value, HexSize, 16, QLatin1Char('0')).toUpper();
}

Error badField(const QString &field, const QString &value, const QString &rule)
{
    return makeError(ErrorCode::BadInput,
                     BcbpEncoder::tr("boarding pass field %1 '%2' does not fit BCBP: %3").arg(field, value, rule));
}

Status check(const BoardingPassData &pass)
{
    if (!fits(pass.passengerName, "[A-Z][A-Z /]{0,19}"))
        return badField(QStringLiteral("passenger name"), pass.passengerName,
                        QStringLiteral("1 to 20 characters A-Z, space and /"));
    if (!fits(pass.pnr, "[A-Z0-9]{1,7}"))
        return badField(QStringLiteral("booking reference"), pass.pnr, QStringLiteral("1 to 7 letters or digits"));
    for (const auto &[field, code] :
         {std::pair{QStringLiteral("from"), pass.from}, std::pair{QStringLiteral("to"), pass.to}}) {
        if (!fits(code, "[A-Z]{3}"))
            return badField(field, code, QStringLiteral("a 3-letter airport code"));
    }
    for (const QString &carrier :
         {pass.operatingCarrier, pass.issuingCarrier, pass.marketingCarrier, pass.frequentFlyerCarrier}) {
        if (!carrier.isEmpty() && !fits(carrier, "[A-Z0-9]{2}[A-Z]?"))
            return badField(QStringLiteral("carrier"), carrier, QStringLiteral("a 2- or 3-character airline designator"));
    }
    if (pass.operatingCarrier.isEmpty())
        return badField(QStringLiteral("operating carrier"), QString(), QStringLiteral("an airline designator is required"));
    if (pass.flightNumber < 1 || pass.flightNumber > 9999)
        return badField(QStringLiteral("flight number"), QString::number(pass.flightNumber),
                        QStringLiteral("at most 4 digits and an optional letter"));
    if (pass.flightSuffix != QLatin1Char(' ') && !(pass.flightSuffix >= QLatin1Char('A') && pass.flightSuffix <= QLatin1Char('Z')))
        return badField(QStringLiteral("flight suffix"), pass.flightSuffix, QStringLiteral("a letter A-Z or blank"));
    if (pass.flightDayOfYear < 1 || pass.flightDayOfYear > 366)
        return badField(QStringLiteral("date of flight"), QString::number(pass.flightDayOfYear),
                        QStringLiteral("a day of the year, 1 to 366"));
    if (!(pass.compartment >= QLatin1Char('A') && pass.compartment <= QLatin1Char('Z')))
        return badField(QStringLiteral("compartment"), pass.compartment, QStringLiteral("a letter A-Z"));
    if (!SeatCode::parse(pass.seat))
        return badField(QStringLiteral("seat"), pass.seat, QStringLiteral("a row of 1-99 and a letter, such as 12A"));
    if (pass.checkInSequence < 1 || pass.checkInSequence > 9999)
        return badField(QStringLiteral("check-in sequence"), QString::number(pass.checkInSequence),
                        QStringLiteral("1 to 9999"));
    if (!pass.hasConditionalItems)
        return Done{};
    if (!fits(pass.issueDate, "[0-9][0-3][0-9][0-9]"))
        return badField(QStringLiteral("issue date"), pass.issueDate, QStringLiteral("YDDD, e.g. 6334"));
    if (!fits(pass.airlineNumericCode, "([0-9]{3})?")) // blank: the airline is not on file
        return badField(QStringLiteral("airline numeric code"), pass.airlineNumericCode, QStringLiteral("3 digits or blank"));
    if (!fits(pass.documentSerial, "[0-9]{0,10}"))
        return badField(QStringLiteral("document serial"), pass.documentSerial, QStringLiteral("up to 10 digits"));
    if (!fits(pass.frequentFlyerNumber, "[A-Z0-9]{0,16}"))
        return badField(QStringLiteral("frequent flyer number"), pass.frequentFlyerNumber,
                        QStringLiteral("up to 16 letters or digits"));
    return Done{};
}

QString seatField(const QString &seat)
{
    const SeatCode code = *SeatCode::parse(seat);
    return QStringLiteral("%1%2").arg(code.row(), 3, 10, QLatin1Char('0')).arg(code.letter());
}

QString conditionalItems(const BoardingPassData &pass)
{
    QString unique;
    unique += pass.passengerDescription;
    unique += pass.checkInSource;
    unique += pass.issuanceSource;
    unique += pass.issueDate;
    unique += pass.documentType;
    unique += padded(pass.issuingCarrier, CarrierSize);
    QString repeated;
    repeated += padded(pass.airlineNumericCode, AirlineNumericSize);
    repeated += padded(pass.documentSerial, DocumentSerialSize);
    repeated += pass.selectee;
    repeated += pass.internationalDocVerification;
    repeated += padded(pass.marketingCarrier, CarrierSize);
    repeated += padded(pass.frequentFlyerCarrier, CarrierSize);
    repeated += padded(pass.frequentFlyerNumber, FrequentFlyerNumberSize);
    repeated += QLatin1Char(' '); // ID/AD indicator: not an industry discount ticket
    repeated += padded(QString(), FreeBaggageSize);
    repeated += pass.fastTrack;
    Q_ASSERT(unique.size() == UniqueConditionalSize && repeated.size() == RepeatedConditionalSize);
    return QLatin1Char('>') + QString::number(pass.version) + hex2(int(unique.size())) + unique
        + hex2(int(repeated.size())) + repeated;
}

} // namespace

Result<QString> BcbpEncoder::encode(const BoardingPassData &pass)
{
    if (auto valid = check(pass); !valid)
        return valid.error();
    const QString conditional = pass.hasConditionalItems ? conditionalItems(pass) : QString();
    QString text = QStringLiteral("M1");
    text += padded(pass.passengerName, NameSize);
    text += pass.electronicTicket;
    text += padded(pass.pnr, PnrSize);
    text += pass.from + pass.to;
    text += padded(pass.operatingCarrier, CarrierSize);
    text += QStringLiteral("%1").arg(pass.flightNumber, 4, 10, QLatin1Char('0')) + pass.flightSuffix;
    text += QStringLiteral("%1").arg(pass.flightDayOfYear, DaySize, 10, QLatin1Char('0'));
    text += pass.compartment;
    text += seatField(pass.seat);
    text += QStringLiteral("%1 ").arg(pass.checkInSequence, 4, 10, QLatin1Char('0'));
    text += pass.passengerStatus;
    text += hex2(int(conditional.size()));
    text += conditional;
    return text;
}

Result<QString> BcbpEncoder::nameField(const QString &fullName)
{
    auto latin = IcaoTransliterator::toMrzLatin(fullName);
    if (!latin)
        return latin.error();
    const qsizetype space = latin->indexOf(QLatin1Char(' '));
    const QString given = space < 0 ? QString() : latin->left(space);
    QString surname = space < 0 ? *latin : latin->mid(space + 1);
    if (surname.size() + 1 + given.size() > NameSize)
        surname = surname.left(NameSize - 2).trimmed();
    return (surname + QLatin1Char('/') + given).left(NameSize);
}

QString BcbpEncoder::issueDateField(const QDate &date)
{
    return QStringLiteral("%1%2").arg(date.year() % 10).arg(date.dayOfYear(), 3, 10, QLatin1Char('0'));
}

} // namespace kiosk
