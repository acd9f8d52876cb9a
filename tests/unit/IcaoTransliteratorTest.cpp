#include "checkin/BcbpEncoder.h"
#include "domain/IcaoTransliterator.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {
QString latin(const char *utf8)
{
    auto result = IcaoTransliterator::toMrzLatin(QString::fromUtf8(utf8));
    return result ? *result : QStringLiteral("error: ") + result.error().message;
}
} // namespace

TEST(IcaoTransliterator, FollowsDoc9303ForGermanAndNordicLetters)
{
    EXPECT_EQ(latin("Müller"), QStringLiteral("MUELLER"));
    EXPECT_EQ(latin("Ångström"), QStringLiteral("AANGSTROEM"));
    EXPECT_EQ(latin("Weiß"), QStringLiteral("WEISS"));
    EXPECT_EQ(latin("Søren Ærø"), QStringLiteral("SOEREN AEROE"));
    EXPECT_EQ(latin("Þórður"), QStringLiteral("THORDUR"));
    // A decomposed ü (u + combining diaeresis) is the same letter.
    EXPECT_EQ(latin("Mu\xcc\x88ller"), QStringLiteral("MUELLER"));
}

TEST(IcaoTransliterator, DropsOtherAccentsAndApostrophes)
{
    EXPECT_EQ(latin("Zoë"), QStringLiteral("ZOE"));
    EXPECT_EQ(latin("O'Brien"), QStringLiteral("OBRIEN"));
    EXPECT_EQ(latin("O\xe2\x80\x99" "Brien"), QStringLiteral("OBRIEN"));
    EXPECT_EQ(latin("Nguyễn Thị"), QStringLiteral("NGUYEN THI"));
    EXPECT_EQ(latin("María José Carreño-Quiñones"), QStringLiteral("MARIA JOSE CARRENO QUINONES"));
    EXPECT_EQ(latin("Łukasz Wałęsa"), QStringLiteral("LUKASZ WALESA"));
}

TEST(IcaoTransliterator, RefusesScriptsWithoutALatinRuleByName)
{
    auto cyrillic = IcaoTransliterator::toMrzLatin(QString::fromUtf8("Жанна"));
    ASSERT_FALSE(cyrillic.ok());
    EXPECT_EQ(cyrillic.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(cyrillic.error().message.contains(QString::fromUtf8("'Ж'"))) << cyrillic.error().message.toStdString();
    EXPECT_FALSE(IcaoTransliterator::toMrzLatin(QStringLiteral(" - ")).ok());
}

TEST(BcbpNameField, SurnameFirstThenGivenNames)
{
    EXPECT_EQ(*BcbpEncoder::nameField(QString::fromUtf8("Anna Müller")), QStringLiteral("MUELLER/ANNA"));
    EXPECT_EQ(*BcbpEncoder::nameField(QString::fromUtf8("Seán O'Brien-Müller")), QStringLiteral("OBRIEN MUELLER/SEAN"));
    EXPECT_EQ(*BcbpEncoder::nameField(QStringLiteral("Plato")), QStringLiteral("PLATO/"));
}

TEST(BcbpNameField, LongNamesAreCutAtTwentyKeepingTheInitial)
{
    // The given names are cut first.
    EXPECT_EQ(*BcbpEncoder::nameField(QStringLiteral("Maximilian Alexander Schmidt")), QStringLiteral("ALEXANDER SCHMIDT/MA"));
    // A surname of more than 18 letters keeps 18, then "/" and the first initial.
    EXPECT_EQ(*BcbpEncoder::nameField(QStringLiteral("Anna Wolfeschlegelsteinhausenberger")),
              QStringLiteral("WOLFESCHLEGELSTEIN/A"));
    EXPECT_EQ(BcbpEncoder::nameField(QStringLiteral("Ann Wolfeschlegelsteinhausenberger"))->size(), 20);
}
