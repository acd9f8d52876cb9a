#include "auth/OperatorPin.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(OperatorPin, NoHashMeansNoExit)
{
    OperatorPin unset{QString()};
    EXPECT_FALSE(unset.isSet());
    EXPECT_EQ(unset.check(QStringLiteral("2468"), 0), OperatorPin::Outcome::NotSet); // the old default opens nothing
}

TEST(OperatorPin, TheRightPinOpensAndIsNeverStoredInPlainText)
{
    const QString stored = OperatorPin::hash(QStringLiteral("97531"), PasswordHasher::MinIterations);
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_FALSE(stored.contains(QStringLiteral("97531")));
    OperatorPin pin(stored);
    EXPECT_EQ(pin.check(QStringLiteral("97531"), 0), OperatorPin::Outcome::Accepted);
    EXPECT_TRUE(OperatorPin::hash(QStringLiteral("123"), PasswordHasher::MinIterations).isEmpty()); // too short
    EXPECT_TRUE(OperatorPin::hash(QStringLiteral("12a4"), PasswordHasher::MinIterations).isEmpty()); // not digits
}

TEST(OperatorPin, ThreeWrongPinsLockTheExitEvenAgainstTheRightOne)
{
    OperatorPin pin(OperatorPin::hash(QStringLiteral("97531"), PasswordHasher::MinIterations));
    EXPECT_EQ(pin.check(QStringLiteral("0000"), 1000), OperatorPin::Outcome::Wrong);
    EXPECT_EQ(pin.check(QStringLiteral("1111"), 2000), OperatorPin::Outcome::Wrong);
    EXPECT_EQ(pin.check(QStringLiteral("2222"), 3000), OperatorPin::Outcome::Locked);
    EXPECT_EQ(pin.check(QStringLiteral("97531"), 4000), OperatorPin::Outcome::Locked);
    const qint64 later = 3000 + qint64(OperatorPin::LockSeconds) * 1000;
    EXPECT_EQ(pin.check(QStringLiteral("97531"), later), OperatorPin::Outcome::Accepted);
}
