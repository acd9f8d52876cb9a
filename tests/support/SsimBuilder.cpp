#include "SsimBuilder.h"

#include <QLocale>

namespace kiosk::test {

namespace {

QString serialText(int serial)
{
    return QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

QString rightAligned(const QString &text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

} // namespace

QString ssimDate(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("ddMMMyy")).toUpper();
}

SsimBuilder::Leg SsimBuilder::Leg::daily(const QDate &first, int days)
{
    Leg leg;
    leg.number = QStringLiteral("100");
    leg.from = ssimDate(first);
    leg.to = ssimDate(first.addDays(days - 1));
    return leg;
}

SsimBuilder &SsimBuilder::add(const Leg &leg)
{
    m_legs << leg;
    return *this;
}

QByteArray SsimBuilder::record(char type, const QList<QPair<int, QString>> &fields)
{
    QByteArray bytes(200, ' ');
    bytes[0] = type;
    for (const auto &[column, text] : fields)
        bytes.replace(column - 1, text.size(), text.toLatin1());
    return bytes.left(200);
}

QByteArray SsimBuilder::legRecord(const QString &airline, const Leg &leg, int serial)
{
    return record('3', {{3, airline.leftJustified(3, QLatin1Char(' '))},
                        {6, rightAligned(leg.number, 4)},
                        {10, leg.variation},
                        {12, leg.sequence},
                        {14, QStringLiteral("J")},
                        {15, leg.from},
                        {22, leg.to},
                        {29, leg.days},
                        {36, leg.frequency},
                        {37, leg.origin},
                        {40, leg.departure},
                        {44, leg.departure},
                        {48, leg.departureVariation},
                        {55, leg.destination},
                        {58, leg.arrival},
                        {62, leg.arrival},
                        {66, leg.arrivalVariation},
                        {73, leg.aircraft},
                        {173, leg.configuration.leftJustified(20, QLatin1Char(' '))},
                        {193, leg.dateVariation},
                        {195, serialText(serial)}});
}

QList<QByteArray> SsimBuilder::records() const
{
    QList<QByteArray> records;
    const QByteArray padding(200, '0');
    auto padToBlock = [&records, &padding] {
        while (records.size() % 5 != 0)
            records << padding;
    };
    int serial = 1;
    records << record('1', {{2, QStringLiteral("AIRLINE STANDARD SCHEDULE DATA SET")}, {195, serialText(serial++)}});
    padToBlock();
    records << record('2', {{2, QStringLiteral("L")},
                            {3, m_airline},
                            {11, QStringLiteral("S26")},
                            {15, QStringLiteral("29MAR2624OCT2601MAY26")},
                            {72, QStringLiteral("P")},
                            {195, serialText(serial++)}});
    padToBlock();
    for (const Leg &leg : m_legs)
        records << legRecord(m_airline, leg, serial++);
    padToBlock();
    records << record('5', {{3, m_airline}, {188, serialText(serial - 1)}, {194, QStringLiteral("E")},
                            {195, serialText(serial)}});
    padToBlock();
    return records;
}

QByteArray SsimBuilder::build(const QByteArray &lineEnd) const
{
    QByteArray file;
    for (const QByteArray &record : records())
        file += record + lineEnd;
    return file;
}

} // namespace kiosk::test
