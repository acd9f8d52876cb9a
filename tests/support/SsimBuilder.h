#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace kiosk::test {

// An SSIM date (ddMMMyy, "05DEC26").
QString ssimDate(const QDate &date);

// Writes SSIM Chapter 7 files for tests: a header, one carrier, the legs given, a trailer,
// serial numbers in order and padding to a block of five records, as real files have.
class SsimBuilder {
public:
    // One leg record; every field as the characters that go into its columns.
    struct Leg {
        QString number = QStringLiteral("101");
        QString variation = QStringLiteral("01");
        QString sequence = QStringLiteral("01");
        QString from = QStringLiteral("01JUN26");
        QString to = QStringLiteral("07JUN26");
        QString days = QStringLiteral("1234567");
        QString frequency = QStringLiteral(" ");
        QString origin = QStringLiteral("DUB");
        QString departure = QStringLiteral("0800");
        QString departureVariation = QStringLiteral("+0100");
        QString destination = QStringLiteral("LHR");
        QString arrival = QStringLiteral("0920");
        QString arrivalVariation = QStringLiteral("+0100");
        QString aircraft = QStringLiteral("320");
        QString configuration = QStringLiteral("J12Y156VV168");
        QString dateVariation = QStringLiteral("  ");

        // XX100 DUB 0800 -> LHR 0920 (UTC+1 both) on an A320, daily for `days` days from `first`.
        static Leg daily(const QDate &first, int days);
    };

    explicit SsimBuilder(QString airline = QStringLiteral("XX")) : m_airline(std::move(airline)) {}

    SsimBuilder &add(const Leg &leg);
    // The whole file; lineEnd "\n", "\r\n" or "" (records back to back).
    QByteArray build(const QByteArray &lineEnd = "\n") const;
    // The records of build() one by one, without line ends.
    QList<QByteArray> records() const;

    // 200 blanks with `fields` (1-based column, text) written over them.
    static QByteArray record(char type, const QList<QPair<int, QString>> &fields);
    static QByteArray legRecord(const QString &airline, const Leg &leg, int serial);

private:
    QString m_airline;
    QList<Leg> m_legs;
};

} // namespace kiosk::test
