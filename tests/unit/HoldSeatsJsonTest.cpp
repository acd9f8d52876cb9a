#include "domain/PassengerName.h"
#include "storage/HoldFunction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

// What QJsonDocument would have written for the same seats: kiosk_hold_on_sale must read the same.
QJsonArray expected(const QList<SeatCode> &seats, const QStringList &names)
{
    QJsonArray array;
    for (qsizetype i = 0; i < seats.size(); ++i)
        array.append(QJsonObject{{QStringLiteral("code"), seats[i].toString()},
                                 {QStringLiteral("name"), names[i]},
                                 {QStringLiteral("search"), PassengerName::searchKey(names[i])},
                                 {QStringLiteral("surname"), PassengerName::surnameKey(names[i])}});
    return array;
}

QJsonArray parsed(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString()) << " in " << qPrintable(json);
    return document.array();
}

} // namespace

TEST(HoldSeatsJsonTest, ReadsBackAsTheSeatsAndNamesGiven)
{
    const QList<SeatCode> seats{*SeatCode::parse(QStringLiteral("12A")), *SeatCode::parse(QStringLiteral("12B"))};
    const QStringList names{QStringLiteral("ANNA MÜLLER-LÜDENSCHEIDT"), QStringLiteral("Seán O’Brien")};
    EXPECT_EQ(parsed(HoldFunction::seatsJson(seats, names)), expected(seats, names));
}

// Names are validated before a hold, but the text must stay valid JSON whatever it carries.
TEST(HoldSeatsJsonTest, EscapesQuotesBackslashesAndControlCharacters)
{
    const QList<SeatCode> seats{*SeatCode::parse(QStringLiteral("1A")), *SeatCode::parse(QStringLiteral("1B")),
                                *SeatCode::parse(QStringLiteral("1C")), *SeatCode::parse(QStringLiteral("1D"))};
    const QStringList names{QStringLiteral("A \"quoted\" \\ name"), QStringLiteral("tab\there\nnewline\x01"),
                            QString::fromUtf8("emoji \xF0\x9F\x9B\xAB and \xE4\xB8\xAD"),
                            QStringLiteral("\"\\\x1f")}; // nothing but escapes
    EXPECT_EQ(parsed(HoldFunction::seatsJson(seats, names)), expected(seats, names));
}

TEST(HoldSeatsJsonTest, NoSeatsIsAnEmptyArray)
{
    EXPECT_EQ(HoldFunction::seatsJson({}, {}), QStringLiteral("[]"));
}
