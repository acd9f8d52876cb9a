#include "domain/SeatCode.h"

#include <QList>

#include <gtest/gtest.h>

#include <algorithm>

using namespace kiosk;

TEST(SeatCode, ParsesGoodCodes)
{
    const struct {
        const char *text;
        int row;
        char letter;
    } cases[] = {{"12A", 12, 'A'}, {" 12a ", 12, 'A'}, {"1K", 1, 'K'}, {"99Z", 99, 'Z'}, {"07C", 7, 'C'}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.text);
        const auto code = SeatCode::parse(QString::fromLatin1(c.text));
        ASSERT_TRUE(code.has_value());
        EXPECT_EQ(code->row(), c.row);
        EXPECT_EQ(code->letter(), QLatin1Char(c.letter));
        EXPECT_TRUE(code->isValid());
    }
    EXPECT_EQ(SeatCode::parse(QStringLiteral("12a"))->toString(), QStringLiteral("12A"));
}

TEST(SeatCode, RejectsBadCodes)
{
    for (const char *text : {"", "A", "12", "A12", "0A", "00A", "100A", "123A", "12AB", "-1A", "1 2A", "12-", "12Ä",
                             "1.5A", "+1A"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(SeatCode::parse(QString::fromUtf8(text)).has_value());
    }
}

TEST(SeatCode, UppercasesTheLetterAndDefaultsToInvalid)
{
    EXPECT_EQ(SeatCode(3, QLatin1Char('c')).toString(), QStringLiteral("3C"));
    EXPECT_EQ(SeatCode(3, QLatin1Char('c')), SeatCode(3, QLatin1Char('C')));
    EXPECT_FALSE(SeatCode().isValid());
}

TEST(SeatCode, OrdersByRowNumberThenLetter)
{
    // Numeric rows: "2A" before "10A", which a string sort would get wrong.
    EXPECT_LT(SeatCode(2, QLatin1Char('A')), SeatCode(10, QLatin1Char('A')));
    EXPECT_LT(SeatCode(12, QLatin1Char('A')), SeatCode(12, QLatin1Char('B')));
    EXPECT_LT(SeatCode(11, QLatin1Char('K')), SeatCode(12, QLatin1Char('A')));
    EXPECT_FALSE(SeatCode(12, QLatin1Char('A')) < SeatCode(12, QLatin1Char('A')));

    QList<SeatCode> codes;
    for (const char *text : {"10B", "2C", "10A", "1F", "2A"})
        codes << *SeatCode::parse(QString::fromLatin1(text));
    std::sort(codes.begin(), codes.end());
    QStringList sorted;
    for (const SeatCode &code : codes)
        sorted << code.toString();
    EXPECT_EQ(sorted, QStringList({QStringLiteral("1F"), QStringLiteral("2A"), QStringLiteral("2C"),
                                   QStringLiteral("10A"), QStringLiteral("10B")}));
}
