#include "SsimBuilder.h"
#include "schedule/SsimParser.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace kiosk;
using kiosk::test::SsimBuilder;

namespace {

QByteArray sampleFile()
{
    QFile file(QStringLiteral(KIOSK_TEST_DATA "/ssim/sample.ssim"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

// The message parsing `data` fails with, or "parsed" when it does not fail.
std::string failure(const QByteArray &data)
{
    auto parsed = SsimParser::parse(data);
    if (parsed)
        return "parsed";
    EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
    return parsed.error().message.toStdString();
}

QByteArray join(const QList<QByteArray> &records)
{
    QByteArray file;
    for (const QByteArray &record : records)
        file += record + '\n';
    return file;
}

// The builder's one-leg file with record `index` replaced.
QByteArray withRecord(qsizetype index, const QByteArray &record)
{
    QList<QByteArray> records = SsimBuilder().add({}).records();
    records[index] = record;
    return join(records);
}

// Index of the first leg record in SsimBuilder's layout: header block, carrier block.
constexpr qsizetype FirstLeg = 10;

QByteArray withLegField(int column, const QString &text)
{
    QByteArray record = SsimBuilder::legRecord(QStringLiteral("XX"), SsimBuilder::Leg{}, 3);
    record.replace(column - 1, text.size(), text.toLatin1());
    return withRecord(FirstLeg, record);
}

} // namespace

TEST(SsimParser, ReadsTheRealSampleFile)
{
    auto parsed = SsimParser::parse(sampleFile());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->carriers.size(), 2);
    EXPECT_EQ(parsed->legs.size(), 514);
    EXPECT_EQ(parsed->paddingRecords, 28);
    EXPECT_EQ(parsed->segmentRecords, 0);

    const SsimCarrier &carrier = parsed->carriers.first();
    EXPECT_EQ(carrier.airline, QStringLiteral("XX"));
    EXPECT_EQ(carrier.timeMode, QLatin1Char('L'));
    EXPECT_EQ(carrier.validFrom, QDate(2005, 6, 9));
    EXPECT_EQ(carrier.created, QDate(2024, 1, 11));

    // Line 11: "3 XX   410101F09JUN0509JUN05   4    RUN21302130+0400  DZA22402240+0300  733 ..."
    const SsimLeg &first = parsed->legs.first();
    EXPECT_EQ(first.line, 11);
    EXPECT_EQ(first.designator(), QStringLiteral("XX41"));
    EXPECT_EQ(first.itineraryVariation, 1);
    EXPECT_EQ(first.legSequence, 1);
    EXPECT_EQ(first.serviceType, QLatin1Char('F'));
    EXPECT_EQ(first.periodFrom, QDate(2005, 6, 9));
    EXPECT_EQ(first.periodTo, QDate(2005, 6, 9));
    EXPECT_EQ(first.daysOfOperation, QStringLiteral("   4   "));
    EXPECT_TRUE(first.operatesOn(4));
    EXPECT_FALSE(first.operatesOn(3));
    EXPECT_EQ(first.origin, QStringLiteral("RUN"));
    EXPECT_EQ(first.departureLocal, QTime(21, 30));
    EXPECT_EQ(first.departureUtcOffsetMinutes, 240);
    EXPECT_EQ(first.destination, QStringLiteral("DZA"));
    EXPECT_EQ(first.arrivalLocal, QTime(22, 40));
    EXPECT_EQ(first.arrivalUtcOffsetMinutes, 180);
    EXPECT_EQ(first.aircraftType, QStringLiteral("733"));
    EXPECT_EQ(first.configuration, QStringLiteral("W18Y112VVCGO"));
    EXPECT_EQ(parsed->legs.last().carrier, 1);
}

TEST(SsimParser, LfCrlfAndNoLineEndsReadTheSame)
{
    const QByteArray lf = sampleFile();
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray bare = lf;
    bare.replace("\n", "");
    auto a = SsimParser::parse(lf), b = SsimParser::parse(crlf), c = SsimParser::parse(bare);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(a->legs.size(), b->legs.size());
    EXPECT_EQ(a->legs.size(), c->legs.size());
    EXPECT_EQ(a->legs.last().configuration, c->legs.last().configuration);
    EXPECT_EQ(a->legs.last().line, b->legs.last().line);
}

TEST(SsimParser, ReadsABuiltFileWithEveryLegField)
{
    SsimBuilder::Leg leg;
    leg.frequency = QStringLiteral("2");
    leg.to = QStringLiteral("00XXX00");
    leg.days = QStringLiteral("1 3 5 7");
    leg.departureVariation = QStringLiteral("-0530");
    leg.dateVariation = QStringLiteral("0A");
    auto parsed = SsimParser::parse(SsimBuilder().add(leg).build("\r\n"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    const SsimLeg &read = parsed->legs.first();
    EXPECT_EQ(read.frequencyRate, 2);
    EXPECT_FALSE(read.periodTo.isValid());
    EXPECT_EQ(read.departureUtcOffsetMinutes, -330);
    EXPECT_EQ(read.departureDateVariation, 0);
    EXPECT_EQ(read.arrivalDateVariation, -1);
    EXPECT_EQ(read.configuration, QStringLiteral("J12Y156VV168"));
}

TEST(SsimParser, RecordLengthsAreExact)
{
    QList<QByteArray> records = SsimBuilder().add({}).records();
    records[FirstLeg].chop(1);
    EXPECT_EQ(failure(join(records)), "line 11: the record is 199 bytes long; SSIM records are exactly 200 bytes "
                                      "(truncated, or two records joined)");
    records[FirstLeg] += "  ";
    EXPECT_EQ(failure(join(records)), "line 11: the record is 201 bytes long; SSIM records are exactly 200 bytes "
                                      "(truncated, or two records joined)");
}

TEST(SsimParser, ATruncatedFileHasNoTrailer)
{
    QList<QByteArray> records = SsimBuilder().add({}).add({}).records();
    records = records.mid(0, FirstLeg + 1);
    EXPECT_EQ(failure(join(records)), "line 11: the file ends without a trailer record (type 5); it is truncated");
    EXPECT_EQ(failure(QByteArray()), "the file is empty; an SSIM file starts with a header record");
}

TEST(SsimParser, UnknownRecordTypeAndStructure)
{
    QByteArray record = SsimBuilder::record('7', {{195, QStringLiteral("000003")}});
    EXPECT_EQ(failure(withRecord(FirstLeg, record)),
              "line 11, column 1: record type \"7\" is unknown; SSIM records are types 1 to 5, or 200 zeros for padding");
    QList<QByteArray> records = SsimBuilder().add({}).records();
    records.removeFirst();
    EXPECT_EQ(failure(join(records)), "line 5: the file must start with a header record (type 1), not type 2");
}

TEST(SsimParser, SerialNumbersMustFollowEachOther)
{
    QList<QByteArray> records = SsimBuilder().add({}).add({}).records();
    records[FirstLeg + 1].replace(194, 6, "000005");
    EXPECT_EQ(failure(join(records)), "line 12, columns 195-200: record serial number \"000005\" should be 000004: "
                                      "a record is missing or out of order");
    records = SsimBuilder().add({}).records();
    const qsizetype trailer = 15;
    records[trailer].replace(187, 6, "000002");
    EXPECT_EQ(failure(join(records)), "line 16, columns 188-193: serial number check reference \"000002\" should be "
                                      "000003, the serial number of the record before it (line 11)");
}

TEST(SsimParser, PeriodThatEndsBeforeItStarts)
{
    EXPECT_EQ(failure(withLegField(15, QStringLiteral("10JUN2609JUN26"))),
              "line 11, columns 15-28: period of operation \"10JUN2609JUN26\" ends before it starts");
    EXPECT_EQ(failure(withLegField(15, QStringLiteral("31JUN26"))),
              "line 11, columns 15-21: period of operation from \"31JUN26\" is not a date DDMMMYY such as 09JUN05");
}

TEST(SsimParser, DaysOfOperationWithInvalidCharacters)
{
    EXPECT_EQ(failure(withLegField(29, QStringLiteral("1234X67"))),
              "line 11, columns 29-35: days of operation \"1234X67\" may hold only its own day in each place "
              "(1 Monday ... 7 Sunday) or a blank; place 5 holds 'X'");
    EXPECT_EQ(failure(withLegField(29, QStringLiteral("2      "))).substr(0, 70),
              "line 11, columns 29-35: days of operation \"2      \" may hold only its ");
    EXPECT_EQ(failure(withLegField(29, QStringLiteral("       "))),
              "line 11, columns 29-35: days of operation \"       \" names no day at all");
}

TEST(SsimParser, TimesAndUtcVariations)
{
    EXPECT_EQ(failure(withLegField(40, QStringLiteral("2460"))),
              "line 11, columns 40-43: passenger STD \"2460\" is not a time HHMM from 0000 to 2359");
    EXPECT_EQ(failure(withLegField(62, QStringLiteral("2400"))),
              "line 11, columns 62-65: passenger STA \"2400\" is not a time HHMM from 0000 to 2359");
    EXPECT_EQ(failure(withLegField(48, QStringLiteral("+1900"))),
              "line 11, columns 48-52: departure UTC/local time variation \"+1900\" is not a UTC variation +HHMM or "
              "-HHMM of at most 14 hours");
    EXPECT_EQ(failure(withLegField(66, QStringLiteral("0100 "))),
              "line 11, columns 66-70: arrival UTC/local time variation \"0100 \" is not a UTC variation +HHMM or "
              "-HHMM of at most 14 hours");
    EXPECT_EQ(failure(withLegField(193, QStringLiteral("0B"))),
              "line 11, column 194: arrival date variation \"B\" must be 0-9 days later, A for the day before, or blank");
}

TEST(SsimParser, UnknownConfigurationCodeLetter)
{
    EXPECT_EQ(failure(withLegField(173, QStringLiteral("X12Y150             "))),
              "line 11, columns 173-192: aircraft configuration \"X12Y150             \" has an unknown cabin code 'X' "
              "(known: F, A, P first; J, C, D, I, Z business; W, E premium economy; Y, M economy)");
}

TEST(SsimParser, OtherFieldsNameTheirColumns)
{
    EXPECT_EQ(failure(withLegField(6, QStringLiteral("12A4"))),
              "line 11, columns 6-9: flight number \"12A4\" is not a number from 1 to 9999");
    EXPECT_EQ(failure(withLegField(37, QStringLiteral("Du1"))),
              "line 11, columns 37-39: departure station \"Du1\" is not a three-letter IATA airport code");
    EXPECT_EQ(failure(withLegField(36, QStringLiteral("3"))),
              "line 11, column 36: frequency rate \"3\" is not a number from 1 to 2");
    EXPECT_EQ(failure(withLegField(3, QStringLiteral("YY "))),
              "line 11, columns 3-5: airline designator \"YY \" differs from the carrier record's XX on line 6");
    QByteArray record = SsimBuilder::legRecord(QStringLiteral("XX"), SsimBuilder::Leg{}, 3);
    record[100] = char(0xC3);
    EXPECT_EQ(failure(withRecord(FirstLeg, record)), "line 11, column 101: byte 0xc3 is not printable ASCII");
}

TEST(SsimParser, SegmentRecordsAreCheckedAgainstTheirLeg)
{
    QList<QByteArray> records = SsimBuilder().add({}).records();
    // Replace the padding after the leg by a segment record and renumber the trailer.
    records[FirstLeg + 1] = SsimBuilder::record('4', {{3, QStringLiteral("XX ")}, {6, QStringLiteral(" 101")},
                                                      {10, QStringLiteral("0101J")}, {34, QStringLiteral("010DUBLHR")},
                                                      {195, QStringLiteral("000004")}});
    records[15].replace(187, 13, "000004E000005");
    auto parsed = SsimParser::parse(join(records));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->segmentRecords, 1);
    records[FirstLeg + 1].replace(5, 4, " 102");
    EXPECT_EQ(failure(join(records)), "line 12, columns 3-13: flight \"XX  1020101\" does not match the flight leg "
                                      "record on line 11 that this segment follows");
}
