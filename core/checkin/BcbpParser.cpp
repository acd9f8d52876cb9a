#include "BcbpParser.h"

#include "BcbpLayout.h"

namespace kiosk {

namespace {

using namespace bcbp;

// Reads fixed-size items left to right and remembers the first problem.
class ItemReader {
public:
    explicit ItemReader(const QString &text) : m_text(text) {}

    QString take(int size, const QString &item)
    {
        if (m_error)
            return QString();
        if (m_position + size > m_text.size()) {
            fail(item, QStringLiteral("the barcode ends early"));
            return QString();
        }
        const QString value = m_text.mid(m_position, size);
        m_position += size;
        return value;
    }
    QString take(int size, const QString &item, const char *pattern)
    {
        const qsizetype start = m_position;
        const QString value = take(size, item);
        if (!m_error && !fits(value, pattern))
            fail(item, QStringLiteral("'%1' is not valid").arg(value), start);
        return value;
    }
    int takeHex(const QString &item)
    {
        const QString value = take(HexSize, item, "[0-9A-Fa-f]{2}");
        return m_error ? 0 : value.toInt(nullptr, 16);
    }
    void fail(const QString &item, const QString &why, qsizetype at = -1)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::BadInput,
                                BcbpParser::tr("not a valid boarding pass barcode: %1 at position %2: %3")
                                    .arg(item).arg((at < 0 ? m_position : at) + 1).arg(why));
    }
    qsizetype position() const { return m_position; }
    qsizetype size() const { return m_text.size(); }
    const std::optional<Error> &error() const { return m_error; }

private:
    const QString &m_text;
    qsizetype m_position = 0;
    std::optional<Error> m_error;
};

QChar first(const QString &value)
{
    return value.isEmpty() ? QLatin1Char(' ') : value.front();
}

// "012A" -> "12A"
QString seatFrom(const QString &field)
{
    return QString::number(field.left(3).toInt()) + field.right(1);
}

void readLeg(ItemReader &in, BoardingPassData &pass)
{
    pass.pnr = in.take(PnrSize, QStringLiteral("booking reference"), "[A-Z0-9]{1,7} *").trimmed();
    pass.from = in.take(AirportSize, QStringLiteral("from airport"), "[A-Z]{3}");
    pass.to = in.take(AirportSize, QStringLiteral("to airport"), "[A-Z]{3}");
    pass.operatingCarrier = in.take(CarrierSize, QStringLiteral("operating carrier"), "[A-Z0-9]{2}[A-Z ]").trimmed();
    const QString flight = in.take(FlightNumberSize, QStringLiteral("flight number"), "[0-9]{4}[A-Z ]");
    pass.flightNumber = flight.left(4).toInt();
    pass.flightSuffix = first(flight.mid(4));
    pass.flightDayOfYear = in.take(DaySize, QStringLiteral("date of flight"), "[0-3][0-9][0-9]").toInt();
    if (!in.error() && (pass.flightDayOfYear < 1 || pass.flightDayOfYear > 366))
        in.fail(QStringLiteral("date of flight"), QStringLiteral("day %1 of the year does not exist").arg(pass.flightDayOfYear),
                in.position() - DaySize);
    pass.compartment = first(in.take(1, QStringLiteral("compartment code"), "[A-Z]"));
    pass.seat = seatFrom(in.take(SeatSize, QStringLiteral("seat"), "0[0-9][0-9][A-Z]"));
    pass.checkInSequence = in.take(SequenceSize, QStringLiteral("check-in sequence"), "[0-9]{4}[A-Z ]").left(4).toInt();
    pass.passengerStatus = first(in.take(1, QStringLiteral("passenger status"), "[0-9A-Z]"));
}

void readConditional(ItemReader &in, qsizetype end, BoardingPassData &pass)
{
    in.take(1, QStringLiteral("beginning of version number"), ">");
    pass.version = in.take(1, QStringLiteral("version number"), "[1-9]").toInt();
    const int uniqueSize = in.takeHex(QStringLiteral("size of the unique conditional items"));
    const qsizetype uniqueEnd = in.position() + uniqueSize;
    if (!in.error() && uniqueEnd > end)
        in.fail(QStringLiteral("unique conditional items"), QStringLiteral("longer than the variable field"));
    // Items are present up to the declared size; read those we use, skip the rest.
    const auto optional = [&](int size, const QString &item) {
        return in.position() + size <= uniqueEnd ? in.take(size, item) : QString();
    };
    pass.passengerDescription = first(optional(1, QStringLiteral("passenger description")));
    pass.checkInSource = first(optional(1, QStringLiteral("source of check-in")));
    pass.issuanceSource = first(optional(1, QStringLiteral("source of boarding pass issuance")));
    pass.issueDate = optional(IssueDateSize, QStringLiteral("date of issue")).trimmed();
    pass.documentType = first(optional(1, QStringLiteral("document type")));
    pass.issuingCarrier = optional(CarrierSize, QStringLiteral("issuing carrier")).trimmed();
    if (!in.error())
        in.take(int(uniqueEnd - in.position()), QStringLiteral("bag tags"));
    if (in.error() || in.position() >= end)
        return;
    const int repeatedSize = in.takeHex(QStringLiteral("size of the repeated conditional items"));
    const qsizetype repeatedEnd = in.position() + repeatedSize;
    if (!in.error() && repeatedEnd > end)
        in.fail(QStringLiteral("repeated conditional items"), QStringLiteral("longer than the variable field"));
    const auto repeated = [&](int size, const QString &item) {
        return in.position() + size <= repeatedEnd ? in.take(size, item) : QString();
    };
    pass.airlineNumericCode = repeated(AirlineNumericSize, QStringLiteral("airline numeric code")).trimmed();
    pass.documentSerial = repeated(DocumentSerialSize, QStringLiteral("document serial number")).trimmed();
    pass.selectee = first(repeated(1, QStringLiteral("selectee indicator")));
    pass.internationalDocVerification = first(repeated(1, QStringLiteral("international documentation verification")));
    pass.marketingCarrier = repeated(CarrierSize, QStringLiteral("marketing carrier")).trimmed();
    pass.frequentFlyerCarrier = repeated(CarrierSize, QStringLiteral("frequent flyer airline")).trimmed();
    pass.frequentFlyerNumber = repeated(FrequentFlyerNumberSize, QStringLiteral("frequent flyer number")).trimmed();
    repeated(1, QStringLiteral("ID/AD indicator"));
    repeated(FreeBaggageSize, QStringLiteral("free baggage allowance"));
    pass.fastTrack = first(repeated(1, QStringLiteral("fast track")));
}

} // namespace

Result<BoardingPassData> BcbpParser::parse(const QString &raw)
{
    // Readers often end a scan with a carriage return or line feed.
    QString text = raw;
    while (text.endsWith(QLatin1Char('\r')) || text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    ItemReader in(text);
    BoardingPassData pass;
    in.take(1, QStringLiteral("format code"), "M");
    const int legs = in.take(1, QStringLiteral("number of legs"), "[1-4]").toInt();
    pass.passengerName = in.take(NameSize, QStringLiteral("passenger name"), "[A-Z][A-Z /.'-]*").trimmed();
    pass.electronicTicket = first(in.take(1, QStringLiteral("electronic ticket indicator"), "[A-Z ]"));
    for (int leg = 0; leg < legs && !in.error(); ++leg) {
        BoardingPassData legData = pass;
        readLeg(in, leg == 0 ? pass : legData);
        const int variableSize = in.takeHex(QStringLiteral("size of the variable field"));
        const qsizetype end = in.position() + variableSize;
        if (in.error())
            break;
        if (end > in.size()) {
            in.fail(QStringLiteral("variable field"), QStringLiteral("declares %1 characters, more than the barcode holds")
                                                          .arg(variableSize));
            break;
        }
        if (leg == 0) {
            pass.hasConditionalItems = variableSize > 0 && text.at(in.position()) == QLatin1Char('>');
            if (pass.hasConditionalItems)
                readConditional(in, end, pass);
        }
        if (!in.error() && in.position() <= end)
            in.take(int(end - in.position()), QStringLiteral("airline use"));
        if (!in.error() && in.position() > end)
            in.fail(QStringLiteral("variable field"), QStringLiteral("conditional items run past its declared size"));
    }
    // After the legs only the airline's security data may follow.
    if (!in.error() && in.position() < in.size() && text.at(in.position()) != QLatin1Char('^'))
        in.fail(QStringLiteral("end of the legs"), QStringLiteral("unexpected text '%1'").arg(text.mid(in.position(), 10)));
    if (in.error())
        return *in.error();
    if (!pass.hasConditionalItems) {
        // Only the mandatory items were scanned: no version 6 defaults pretend otherwise.
        pass.version = 0;
        pass.passengerDescription = pass.checkInSource = pass.issuanceSource = pass.documentType = pass.selectee =
            pass.internationalDocVerification = pass.fastTrack = QLatin1Char(' ');
    }
    return pass;
}

} // namespace kiosk
