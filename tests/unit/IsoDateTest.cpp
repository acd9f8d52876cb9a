// isoDateText and isoDateAt write and read exactly what Qt's ISO date functions do, for
// every day a flight can have and for text that is not a date.
#include "domain/IsoDate.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(IsoDateTest, WritesWhatQtWritesForEveryDayOfTwoCenturiesAndTheEdges)
{
    for (QDate day(1900, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1))
        ASSERT_EQ(isoDateText(day), day.toString(Qt::ISODate)) << day.toString().toStdString();
    for (const QDate &edge : {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 3, 1), QDate()})
        EXPECT_EQ(isoDateText(edge), edge.toString(Qt::ISODate)) << edge.toString().toStdString();
}

TEST(IsoDateTest, ReadsWhatQtReadsForEveryDayOfTwoCenturies)
{
    for (QDate day(1900, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
        const QString text = day.toString(Qt::ISODate);
        ASSERT_EQ(isoDateAt(text), day) << text.toStdString();
        ASSERT_EQ(isoDateAt(text + QStringLiteral("T06:45:00Z")), day) << text.toStdString();
    }
}

TEST(IsoDateTest, TextThatIsNotADateIsAnInvalidDateAsWithQt)
{
    for (const char *text : {"2026-13-01", "2026-02-30", "2026-00-10", "2026-01-00", "0000-01-01", "abcd-ef-gh",
                             "2026-1-01", "2026-12-5", "", "2026", "+026-12-05", "２０２６-12-05"}) {
        const QString asText = QString::fromUtf8(text);
        EXPECT_FALSE(isoDateAt(asText).isValid()) << text;
        EXPECT_EQ(isoDateAt(asText), QDate::fromString(asText.left(10), Qt::ISODate)) << text;
    }
    // Qt reads any separator; so does isoDateAt, by leaving such text to Qt.
    EXPECT_EQ(isoDateAt(u"2026/12/05"), QDate(2026, 12, 5));
}
