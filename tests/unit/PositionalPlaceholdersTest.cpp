#include "storage/PgPrepared.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(PositionalPlaceholders, NumbersEachNameInOrder)
{
    QStringList names;
    EXPECT_EQ(positionalPlaceholders(QStringLiteral("SELECT kiosk_hold(:flight, :seats, :ttl)"), &names),
              QStringLiteral("SELECT kiosk_hold($1, $2, $3)"));
    EXPECT_EQ(names, QStringList({QStringLiteral(":flight"), QStringLiteral(":seats"), QStringLiteral(":ttl")}));
}

TEST(PositionalPlaceholders, ANameUsedTwiceGetsTwoNumbers)
{
    // Each use may stand where the server infers another type, as with QtSql.
    QStringList names;
    EXPECT_EQ(positionalPlaceholders(QStringLiteral("WHERE a = :id OR b = :id"), &names),
              QStringLiteral("WHERE a = $1 OR b = $2"));
    EXPECT_EQ(names, QStringList({QStringLiteral(":id"), QStringLiteral(":id")}));
}

TEST(PositionalPlaceholders, LeavesCastsQuotesAndIdentifiersAlone)
{
    QStringList names;
    EXPECT_EQ(positionalPlaceholders(
                  QStringLiteral("SELECT :n::bigint, 'at :noon', 'it''s :x', \"col:y\", now()::text, :last"), &names),
              QStringLiteral("SELECT $1::bigint, 'at :noon', 'it''s :x', \"col:y\", now()::text, $2"));
    EXPECT_EQ(names, QStringList({QStringLiteral(":n"), QStringLiteral(":last")}));
}

TEST(PositionalPlaceholders, AColonBeforeADigitOrAtTheEndIsNoPlaceholder)
{
    QStringList names;
    EXPECT_EQ(positionalPlaceholders(QStringLiteral("SELECT (ARRAY[1,2,3])[1:2], ':'||x, 5 :"), &names),
              QStringLiteral("SELECT (ARRAY[1,2,3])[1:2], ':'||x, 5 :"));
    EXPECT_TRUE(names.isEmpty());
}
