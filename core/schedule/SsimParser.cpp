#include "SsimParser.h"

#include "AircraftConfiguration.h"
#include "ImportSummary.h"
#include "SsimFieldReader.h"

#include <algorithm>

namespace kiosk {

namespace {

constexpr int RecordLength = 200;

// Lines without their LF or CRLF; a file without any line end is cut every 200 bytes.
QList<QByteArray> splitRecords(const QByteArray &data)
{
    QList<QByteArray> records;
    if (!data.contains('\n')) {
        for (qsizetype at = 0; at < data.size(); at += RecordLength)
            records << data.mid(at, RecordLength);
        return records;
    }
    records = data.split('\n');
    if (records.last().isEmpty())
        records.removeLast(); // the line end of the last record
    for (QByteArray &record : records) {
        if (record.endsWith('\r'))
            record.chop(1);
    }
    return records;
}

bool isPadding(const QByteArray &record)
{
    return std::all_of(record.cbegin(), record.cend(), [](char c) { return c == '0'; });
}

Status problem(const QString &text)
{
    return makeError(ErrorCode::BadInput, text);
}

} // namespace

Result<SsimFile> SsimParser::parse(const QByteArray &data, const std::function<bool(int line, int lines)> &progress)
{
    if (data.isEmpty())
        return makeError(ErrorCode::BadInput, tr("the file is empty; an SSIM file starts with a header record"));
    SsimParser parser;
    const QList<QByteArray> records = splitRecords(data);
    const int lines = int(records.size());
    for (int line = 1; line <= lines; ++line) {
        if (auto read = parser.readRecord(records.at(line - 1), line); !read)
            return read.error();
        if (progress && (line % RecordsPerReport == 0 || line == lines) && !progress(line, lines))
            return importStopped();
    }
    if (parser.m_lastType == 0)
        return makeError(ErrorCode::BadInput, tr("the file holds only padding records; no header record"));
    if (parser.m_lastType != '5')
        return makeError(ErrorCode::BadInput, tr("line %1: the file ends without a trailer record (type 5); "
                                                 "it is truncated")
                                                  .arg(records.size()));
    return std::move(parser.m_file);
}

Status SsimParser::readRecord(const QByteArray &record, int line)
{
    if (record.size() != RecordLength)
        return problem(QStringLiteral("line %1: the record is %2 bytes long; SSIM records are exactly %3 bytes "
                                      "(truncated, or two records joined)")
                           .arg(line).arg(record.size()).arg(RecordLength));
    for (qsizetype i = 0; i < record.size(); ++i) {
        const auto byte = static_cast<unsigned char>(record.at(i));
        if (byte < 0x20 || byte > 0x7e)
            return problem(QStringLiteral("line %1, column %2: byte 0x%3 is not printable ASCII")
                               .arg(line).arg(i + 1).arg(int(byte), 2, 16, QLatin1Char('0')));
    }
    if (isPadding(record)) {
        ++m_file.paddingRecords;
        return Done{};
    }
    SsimFieldReader fields(record, line);
    const char type = record.at(0);
    if (type < '1' || type > '5') {
        fields.fail(1, 1, QStringLiteral("record type"),
                    QStringLiteral("is unknown; SSIM records are types 1 to 5, or 200 zeros for padding"));
        return fields.error();
    }
    if (m_lastType == 0 && type != '1')
        return problem(QStringLiteral("line %1: the file must start with a header record (type 1), not type %2")
                           .arg(line).arg(QLatin1Char(type)));
    Status read = type == '1' ? readHeader(fields)
        : type == '2'         ? readCarrier(fields)
        : type == '3'         ? readLeg(fields)
        : type == '4'         ? readSegment(fields)
                              : readTrailer(fields);
    if (!read)
        return read;
    if (auto serial = checkSerial(fields, type); !serial)
        return serial;
    m_lastType = type;
    m_lastLine = line;
    return Done{};
}

Status SsimParser::checkSerial(SsimFieldReader &fields, char type)
{
    const auto serial = fields.number(195, 200, QStringLiteral("record serial number"), 1, 999999);
    if (!serial)
        return fields.error();
    // Serial numbers count every record but padding. Files joined from several data sets
    // (the real sample among them) start a carrier with the number of the trailer before it.
    const bool repeatAllowed = type == '2' && m_lastType == '5';
    const int expected = m_lastSerial + 1;
    if (*serial != expected && !(repeatAllowed && *serial == m_lastSerial)) {
        fields.fail(195, 200, QStringLiteral("record serial number"),
                    QStringLiteral("should be %1: a record is missing or out of order")
                        .arg(expected, 6, 10, QLatin1Char('0')));
        return fields.error();
    }
    m_lastSerial = *serial;
    return Done{};
}

Status SsimParser::readHeader(SsimFieldReader &fields)
{
    if (m_lastType != 0)
        fields.failRecord(QStringLiteral("a second header record (type 1); the first is on line 1"));
    return fields.ok() ? Status(Done{}) : Status(fields.error());
}

Status SsimParser::readCarrier(SsimFieldReader &fields)
{
    if (m_lastType != '1' && m_lastType != '5')
        fields.failRecord(QStringLiteral("a carrier record (type 2) must follow the header or a trailer (type 5); "
                                         "the carrier before it has no trailer"));
    SsimCarrier carrier;
    carrier.line = fields.line();
    carrier.timeMode = fields.raw(2, 2).at(0);
    if (carrier.timeMode != QLatin1Char('U') && carrier.timeMode != QLatin1Char('L'))
        fields.fail(2, 2, QStringLiteral("time mode"), QStringLiteral("must be U (UTC) or L (local)"));
    carrier.airline = fields.airline(3, QStringLiteral("airline designator")).value_or(QString());
    carrier.season = fields.raw(11, 13).trimmed();
    carrier.validFrom = fields.date(15, QStringLiteral("period of validity from")).value_or(QDate());
    carrier.validTo = fields.date(22, QStringLiteral("period of validity to"), true).value_or(QDate());
    if (fields.ok() && carrier.validTo.isValid() && carrier.validTo < carrier.validFrom)
        fields.fail(15, 28, QStringLiteral("period of validity"), QStringLiteral("ends before it starts"));
    carrier.created = fields.date(29, QStringLiteral("creation date")).value_or(QDate());
    if (!fields.ok())
        return fields.error();
    m_file.carriers << carrier;
    return Done{};
}

Status SsimParser::readLeg(SsimFieldReader &fields)
{
    if (m_lastType != '2' && m_lastType != '3' && m_lastType != '4')
        fields.failRecord(QStringLiteral("a flight leg record (type 3) must follow a carrier record (type 2)"));
    if (!fields.ok())
        return fields.error();
    SsimLeg leg;
    leg.line = fields.line();
    leg.carrier = int(m_file.carriers.size() - 1);
    leg.suffix = fields.raw(2, 2).at(0);
    leg.airline = fields.airline(3, QStringLiteral("airline designator")).value_or(QString());
    if (fields.ok() && leg.airline != m_file.carriers.last().airline)
        fields.fail(3, 5, QStringLiteral("airline designator"),
                    QStringLiteral("differs from the carrier record's %1 on line %2")
                        .arg(m_file.carriers.last().airline).arg(m_file.carriers.last().line));
    leg.flightNumber = fields.number(6, 9, QStringLiteral("flight number"), 1, 9999).value_or(0);
    leg.itineraryVariation = fields.number(10, 11, QStringLiteral("itinerary variation"), 1, 99).value_or(0);
    leg.legSequence = fields.number(12, 13, QStringLiteral("leg sequence number"), 1, 99).value_or(0);
    leg.serviceType = fields.raw(14, 14).at(0);
    if (fields.ok() && !leg.serviceType.isUpper())
        fields.fail(14, 14, QStringLiteral("service type"), QStringLiteral("must be a capital letter (J scheduled passenger)"));
    leg.periodFrom = fields.date(15, QStringLiteral("period of operation from")).value_or(QDate());
    leg.periodTo = fields.date(22, QStringLiteral("period of operation to"), true).value_or(QDate());
    if (fields.ok() && leg.periodTo.isValid() && leg.periodTo < leg.periodFrom)
        fields.fail(15, 28, QStringLiteral("period of operation"), QStringLiteral("ends before it starts"));
    leg.daysOfOperation = fields.daysOfOperation(29).value_or(QString());
    leg.frequencyRate = fields.number(36, 36, QStringLiteral("frequency rate"), 1, 2, 1).value_or(0);
    leg.origin = fields.station(37, QStringLiteral("departure station")).value_or(QString());
    leg.departureLocal = fields.time(40, QStringLiteral("passenger STD")).value_or(QTime());
    fields.time(44, QStringLiteral("aircraft STD"));
    leg.departureUtcOffsetMinutes = fields.utcVariation(48, QStringLiteral("departure UTC/local time variation")).value_or(0);
    leg.destination = fields.station(55, QStringLiteral("arrival station")).value_or(QString());
    fields.time(58, QStringLiteral("aircraft STA"));
    leg.arrivalLocal = fields.time(62, QStringLiteral("passenger STA")).value_or(QTime());
    leg.arrivalUtcOffsetMinutes = fields.utcVariation(66, QStringLiteral("arrival UTC/local time variation")).value_or(0);
    if (fields.ok() && leg.origin == leg.destination)
        fields.fail(37, 57, QStringLiteral("stations"), QStringLiteral("depart from and arrive at the same airport"));
    leg.aircraftType = fields.raw(73, 75).trimmed();
    if (fields.ok() && leg.aircraftType.size() != 3)
        fields.fail(73, 75, QStringLiteral("aircraft type"), QStringLiteral("is not a three-character IATA aircraft type"));
    leg.configuration = fields.raw(173, 192).trimmed();
    if (QString why; fields.ok() && !leg.configuration.isEmpty() && !AircraftConfiguration::parse(leg.configuration, &why))
        fields.fail(173, 192, QStringLiteral("aircraft configuration"), why);
    leg.departureDateVariation = fields.dateVariation(193, QStringLiteral("departure date variation")).value_or(0);
    leg.arrivalDateVariation = fields.dateVariation(194, QStringLiteral("arrival date variation")).value_or(0);
    leg.arrivalDateVariationGiven = !fields.isBlank(194, 194);
    if (!fields.ok())
        return fields.error();
    m_file.legs << leg;
    return Done{};
}

Status SsimParser::readSegment(SsimFieldReader &fields)
{
    if (m_lastType != '3' && m_lastType != '4') {
        fields.failRecord(QStringLiteral("a segment data record (type 4) must follow a flight leg record (type 3)"));
        return fields.error();
    }
    // A segment belongs to the leg before it: the same flight, variation and leg.
    const SsimLeg &leg = m_file.legs.last();
    const QString airline = fields.airline(3, QStringLiteral("airline designator")).value_or(QString());
    const int number = fields.number(6, 9, QStringLiteral("flight number"), 1, 9999).value_or(0);
    const int variation = fields.number(10, 11, QStringLiteral("itinerary variation"), 1, 99).value_or(0);
    const int sequence = fields.number(12, 13, QStringLiteral("leg sequence number"), 1, 99).value_or(0);
    if (fields.ok() && (airline != leg.airline || number != leg.flightNumber || variation != leg.itineraryVariation
                        || sequence != leg.legSequence))
        fields.fail(3, 13, QStringLiteral("flight"),
                    QStringLiteral("does not match the flight leg record on line %1 that this segment follows").arg(leg.line));
    fields.station(37, QStringLiteral("board point"));
    fields.station(40, QStringLiteral("off point"));
    fields.number(34, 36, QStringLiteral("data element identifier"), 0, 999);
    if (!fields.ok())
        return fields.error();
    ++m_file.segmentRecords;
    return Done{};
}

Status SsimParser::readTrailer(SsimFieldReader &fields)
{
    if (m_lastType != '2' && m_lastType != '3' && m_lastType != '4') {
        fields.failRecord(QStringLiteral("a trailer record (type 5) must close a carrier record (type 2)"));
        return fields.error();
    }
    const QString airline = fields.airline(3, QStringLiteral("airline designator")).value_or(QString());
    if (fields.ok() && airline != m_file.carriers.last().airline)
        fields.fail(3, 5, QStringLiteral("airline designator"),
                    QStringLiteral("differs from the carrier record's %1 on line %2")
                        .arg(m_file.carriers.last().airline).arg(m_file.carriers.last().line));
    const auto reference = fields.number(188, 193, QStringLiteral("serial number check reference"), 1, 999999);
    if (fields.ok() && *reference != m_lastSerial)
        fields.fail(188, 193, QStringLiteral("serial number check reference"),
                    QStringLiteral("should be %1, the serial number of the record before it (line %2)")
                        .arg(m_lastSerial, 6, 10, QLatin1Char('0')).arg(m_lastLine));
    const QChar endCode = fields.raw(194, 194).at(0);
    if (fields.ok() && endCode != QLatin1Char('C') && endCode != QLatin1Char('E'))
        fields.fail(194, 194, QStringLiteral("continuation/end code"), QStringLiteral("must be C or E"));
    return fields.ok() ? Status(Done{}) : Status(fields.error());
}

} // namespace kiosk
