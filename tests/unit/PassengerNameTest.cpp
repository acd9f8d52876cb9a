#include "domain/PassengerName.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(PassengerName, AcceptsNamesOfManyShapesAndTidiesSpaces)
{
    EXPECT_EQ(*PassengerName::validate(QStringLiteral("  Ada   Lovelace ")), QStringLiteral("Ada Lovelace"));
    for (const char *name : {"Seán O'Brien-Müller", "Zoë Ångström", "Nguyễn Thị Minh Khai", "Ólafur Ragnar", "Li Na",
                             "Жанна Д'Арк", "María José Carreño-Quiñones"})
        EXPECT_TRUE(PassengerName::validate(QString::fromUtf8(name)).ok()) << name;
}

TEST(PassengerName, RejectsWithReasons)
{
    EXPECT_TRUE(PassengerName::validate(QString()).error().message.contains(QStringLiteral("required")));
    EXPECT_TRUE(PassengerName::validate(QStringLiteral("A")).error().message.contains(QStringLiteral("too short")));
    EXPECT_TRUE(PassengerName::validate(QString(65, QLatin1Char('a'))).error().message.contains(QStringLiteral("too long")));
    EXPECT_TRUE(PassengerName::validate(QStringLiteral("Bobby; DROP TABLE")).error().message.contains(QStringLiteral("';'")));
    EXPECT_TRUE(PassengerName::validate(QStringLiteral("-Ann")).error().message.contains(QStringLiteral("start with a letter")));
}

TEST(PassengerNameSearchKeyTest, CaseAccentsAndApostrophesDoNotMatter)
{
    EXPECT_EQ(PassengerName::searchKey(QStringLiteral("O'Brien-Müller")), QStringLiteral("obrien muller"));
    EXPECT_EQ(PassengerName::searchKey(QStringLiteral("obrien-muller")), QStringLiteral("obrien muller"));
    EXPECT_EQ(PassengerName::searchKey(QStringLiteral("O\u2019BRIEN  MULLER")), QStringLiteral("obrien muller"));
    EXPECT_EQ(PassengerName::searchKey(QStringLiteral("Zoë Ça\u0301ceres")), QStringLiteral("zoe caceres"));
    EXPECT_EQ(PassengerName::searchKey(QStringLiteral(" - Ada  ")), QStringLiteral("ada"));
}

TEST(PassengerNameSearchKeyTest, TheSurnameKeyDropsTheFirstName)
{
    EXPECT_EQ(PassengerName::surnameKey(QStringLiteral("Anna O'Brien-Müller")), QStringLiteral("obrien muller"));
    EXPECT_EQ(PassengerName::surnameKey(QStringLiteral("Plato")), QString());
    EXPECT_EQ(PassengerName::surnameKeyOf(QStringLiteral("anna obrien muller")), QStringLiteral("obrien muller"));
    EXPECT_EQ(PassengerName::surnameKeyOf(QStringLiteral("plato")), QString());
}
