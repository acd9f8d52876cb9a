#include "FeedParser.h"

#include "AircraftConfiguration.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kiosk {

namespace {

// Reads one flight object; the first problem wins and names its field.
class FlightReader {
public:
    FlightReader(const QJsonObject &object, int index) : m_object(object), m_where(QStringLiteral("flights[%1]").arg(index)) {}

    QString text(const QString &key, const QRegularExpression &pattern, const QString &expected, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return QString();
        if (value.isUndefined())
            return fail(key, QStringLiteral("is missing"));
        if (!value.isString())
            return fail(key, QStringLiteral("must be a string, %1").arg(expected));
        if (!pattern.match(value.toString()).hasMatch())
            return fail(key, QStringLiteral("\"%1\" is not %2").arg(value.toString(), expected));
        return value.toString();
    }

    QDateTime utc(const QString &key)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z$"));
        const QString expected = QStringLiteral("a UTC time such as 2026-12-01T07:00:00Z");
        const QString value = text(key, shape, expected);
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !time.isValid())
            fail(key, QStringLiteral("\"%1\" is not %2").arg(value, expected));
        return time.toUTC();
    }

    QString fail(const QString &key, const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1.%2: %3").arg(m_where, key, problem);
        return QString();
    }

    const QJsonObject &object() const { return m_object; }
    const QString &where() const { return m_where; }
    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

const QRegularExpression designatorPattern(QStringLiteral("^[A-Z0-9]{2}[0-9]{1,4}$"));
const QRegularExpression stationPattern(QStringLiteral("^[A-Z]{3}$"));
const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
const QRegularExpression typePattern(QStringLiteral("^[A-Z0-9]{3}$"));
const QRegularExpression anything(QStringLiteral("^.*$"));
const QRegularExpression carrierPattern(QStringLiteral("^[A-Z0-9]{2}$"));
const QRegularExpression statusPattern(QStringLiteral("^(scheduled|cancelled)$"));
const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));

void readFares(FlightReader &reader, ScheduledLeg &leg)
{
    const QJsonValue fares = reader.object().value(QStringLiteral("fares"));
    if (fares.isUndefined())
        return;
    if (!fares.isArray()) {
        reader.fail(QStringLiteral("fares"), QStringLiteral("must be an array of {cabin, amount, currency}"));
        return;
    }
    const QJsonArray list = fares.toArray();
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        const QString key = QStringLiteral("fares[%1]").arg(i);
        const QJsonObject fare = list.at(i).toObject();
        const QString code = fare.value(QStringLiteral("cabin")).toString();
        const std::optional<Cabin> cabin = cabinFromCode(code.size() == 1 ? code.front() : QChar());
        const QString currency = fare.value(QStringLiteral("currency")).toString();
        const auto amount = currencyPattern.match(currency).hasMatch()
            ? Money::parse(fare.value(QStringLiteral("amount")).toString(), currency)
            : std::nullopt;
        if (!cabin)
            reader.fail(key, QStringLiteral("cabin \"%1\" is not F, J, W or Y").arg(code));
        else if (!amount || amount->minorUnits() < 0)
            reader.fail(key, QStringLiteral("needs an amount such as \"49.00\" and a currency such as \"EUR\""));
        else if (!leg.fares.isEmpty() && leg.fares.first().currency() != currency)
            reader.fail(key, QStringLiteral("all fares of a flight must be in one currency"));
        else
            leg.fares.insert(cabin.value_or(Cabin::Economy), *amount); // value_or: GCC 12 falsely warns on *cabin
    }
}

} // namespace

Result<QList<ScheduledLeg>> FeedParser::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::BadInput, tr("the feed is not JSON: %1 at byte %2")
                                                  .arg(error.errorString()).arg(error.offset));
    if (!document.isObject() || !document.object().value(QStringLiteral("flights")).isArray())
        return makeError(ErrorCode::BadInput, tr("the feed must be an object with a \"flights\" array"));
    const QJsonObject root = document.object();
    if (root.contains(QStringLiteral("schema")) && root.value(QStringLiteral("schema")).toInt() != SchemaVersion)
        return makeError(ErrorCode::BadInput, tr("feed schema %1 is not supported (this program reads %2)")
                                                  .arg(root.value(QStringLiteral("schema")).toVariant().toString())
                                                  .arg(SchemaVersion));
    const QJsonArray flights = root.value(QStringLiteral("flights")).toArray();
    QList<ScheduledLeg> legs;
    QHash<QString, int> indexOfLeg;
    for (qsizetype i = 0; i < flights.size(); ++i) {
        if (!flights.at(i).isObject())
            return makeError(ErrorCode::BadInput, tr("flights[%1]: must be an object").arg(i));
        FlightReader reader(flights.at(i).toObject(), int(i));
        ScheduledLeg leg;
        Flight &f = leg.flight;
        const QString designator = reader.text(QStringLiteral("designator"), designatorPattern,
                                               QStringLiteral("a designator such as \"XX100\""));
        f.carrier = designator.left(2);
        f.number = designator.mid(2).toInt();
        f.departureDate = QDate::fromString(reader.text(QStringLiteral("date"), datePattern,
                                                        QStringLiteral("a date such as \"2026-12-01\"")), Qt::ISODate);
        f.origin = reader.text(QStringLiteral("origin"), stationPattern, QStringLiteral("an IATA airport code"));
        f.destination = reader.text(QStringLiteral("destination"), stationPattern, QStringLiteral("an IATA airport code"));
        f.departureUtc = reader.utc(QStringLiteral("departure"));
        f.arrivalUtc = reader.utc(QStringLiteral("arrival"));
        leg.aircraftType = reader.text(QStringLiteral("aircraft_type"), typePattern,
                                       QStringLiteral("a three-character IATA aircraft type such as \"320\""));
        leg.configuration = reader.text(QStringLiteral("configuration"), anything, QStringLiteral("a configuration"), false);
        const QString operating = reader.text(QStringLiteral("operating_carrier"), carrierPattern,
                                              QStringLiteral("a two-character airline designator"), false);
        leg.cancelled = reader.text(QStringLiteral("status"), statusPattern, QStringLiteral("\"scheduled\" or \"cancelled\""),
                                    false) == QLatin1String("cancelled");
        readFares(reader, leg);
        if (reader.ok() && f.number == 0)
            reader.fail(QStringLiteral("designator"), QStringLiteral("flight number 0 does not exist"));
        if (reader.ok() && !f.departureDate.isValid())
            reader.fail(QStringLiteral("date"), QStringLiteral("is not a real date"));
        if (reader.ok() && f.origin == f.destination)
            reader.fail(QStringLiteral("destination"), QStringLiteral("is the origin"));
        if (reader.ok() && f.arrivalUtc <= f.departureUtc)
            reader.fail(QStringLiteral("arrival"), QStringLiteral("is not after the departure"));
        if (QString why; reader.ok() && !leg.configuration.isEmpty() && !AircraftConfiguration::parse(leg.configuration, &why))
            reader.fail(QStringLiteral("configuration"), QStringLiteral("\"%1\" %2").arg(leg.configuration, why));
        if (reader.ok() && !operating.isEmpty() && operating != f.carrier)
            reader.fail(QStringLiteral("operating_carrier"),
                        QStringLiteral("%1 differs from the designator's %2; list the operating carrier's flight")
                            .arg(operating, f.carrier));
        if (!reader.ok())
            return makeError(ErrorCode::BadInput, reader.problem());
        if (const auto known = indexOfLeg.constFind(leg.legKey()); known != indexOfLeg.cend())
            return makeError(ErrorCode::BadInput, tr("flights[%1] and flights[%2]: %3 leaves %4 on %5 in both "
                                                     "(a duplicate flight)")
                                                      .arg(known.value()).arg(i)
                                                      .arg(f.designator(), f.origin, f.departureDate.toString(Qt::ISODate)));
        indexOfLeg.insert(leg.legKey(), int(i));
        legs << leg;
    }
    return legs;
}

} // namespace kiosk
