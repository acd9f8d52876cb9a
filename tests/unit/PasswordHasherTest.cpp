#include "domain/PasswordHasher.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace kiosk;

TEST(PasswordHasherTest, AHashVerifiesItsPasswordAndNoOther)
{
    const PasswordHasher hasher(PasswordHasher::MinIterations);
    const QString stored = hasher.hash(QStringLiteral("correct horse"));
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("correct horse"), stored));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("correct hors"), stored));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("Correct horse"), stored));
    EXPECT_FALSE(PasswordHasher::verify(QString(), stored));
}

TEST(PasswordHasherTest, EveryHashHasItsOwnSaltAndNamesItsParameters)
{
    const PasswordHasher hasher(PasswordHasher::MinIterations);
    const QString first = hasher.hash(QStringLiteral("same password"));
    const QString second = hasher.hash(QStringLiteral("same password"));
    EXPECT_NE(first, second);
    EXPECT_TRUE(first.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    EXPECT_FALSE(first.contains(QStringLiteral("same password")));
    EXPECT_EQ(first.split(QLatin1Char('$')).size(), 4);
}

TEST(PasswordHasherTest, ProductionStrengthIsTheDefault)
{
    EXPECT_EQ(PasswordHasher().iterations(), PasswordHasher::DefaultIterations);
    EXPECT_GE(PasswordHasher::DefaultIterations, 600000);
}

TEST(PasswordHasherTest, AnythingButAWellFormedHashIsRefused)
{
    const PasswordHasher hasher(PasswordHasher::MinIterations);
    QStringList parts = hasher.hash(QStringLiteral("secret12")).split(QLatin1Char('$'));
    for (const QString &stored : QStringList{
             QString(), QStringLiteral("secret12"), QStringLiteral("md5$1000$c2FsdA==$a2V5"),
          QStringList{parts[0], QStringLiteral("10"), parts[2], parts[3]}.join(QLatin1Char('$')),   // too few rounds
          QStringList{parts[0], parts[1], QString(), parts[3]}.join(QLatin1Char('$')),              // no salt
          QStringList{parts[0], parts[1], parts[2], QStringLiteral("c2hvcnQ=")}.join(QLatin1Char('$'))}) // short key
        EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("secret12"), stored)) << stored.toStdString();
}

TEST(PasswordHasherTest, ConstantTimeComparisonStillCompares)
{
    EXPECT_TRUE(PasswordHasher::constantTimeEquals(QByteArray("abcdef"), QByteArray("abcdef")));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abcdef"), QByteArray("abcdeg")));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals(QByteArray("bbcdef"), QByteArray("abcdef")));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abcdef")));
    EXPECT_TRUE(PasswordHasher::constantTimeEquals(QByteArray(), QByteArray()));
}
