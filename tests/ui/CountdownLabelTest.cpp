// The hold countdown: minutes and seconds, and hours once a deadline is an hour or more
// away (a waitlist offer holds for 2 hours: "2:00:00", not "120:00").
#include "widgets/CountdownLabel.h"

#include <gtest/gtest.h>

using kiosk::ui::CountdownLabel;

namespace {

QString shownFor(qint64 seconds)
{
    CountdownLabel label;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Half a second less than the whole seconds: the label rounds up, so the first tick shows them.
    label.start(now.addMSecs(seconds * 1000 - 500), now);
    return label.text();
}

} // namespace

TEST(CountdownLabel, ShowsMinutesAndSecondsThenHoursFromAnHourUp)
{
    EXPECT_EQ(shownFor(5), QStringLiteral("0:05"));
    EXPECT_EQ(shownFor(9 * 60 + 59), QStringLiteral("9:59"));
    EXPECT_EQ(shownFor(59 * 60 + 59), QStringLiteral("59:59"));
    EXPECT_EQ(shownFor(3600), QStringLiteral("1:00:00"));
    EXPECT_EQ(shownFor(2 * 3600), QStringLiteral("2:00:00"));
    EXPECT_EQ(shownFor(3600 + 5 * 60 + 7), QStringLiteral("1:05:07"));
}
