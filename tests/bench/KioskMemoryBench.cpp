// The kiosk's memory over a day at the counter (issue 16: "kiosk RSS after 100 journeys, no
// growth"): one KioskWindow, as `kiosk --kiosk` opens it, drives N whole journeys (welcome,
// flight, two seats, names, card payment, confirmation, Done) through its real widgets on
// SQLite and on PostgreSQL. After journeys 1, 10, 25, 50, 75 and N it prints the process's
// resident set (VmRSS), the heap in use (mallinfo2) and the objects under the window; a
// journey that does not end confirmed fails the run. Nothing about memory is asserted: the
// figures go to docs/benchmarks.md.
//   kiosk_memory_bench [--journeys N] [--gtest_filter=*SQLite]   (under packaging/with-postgres.sh)
#include "KioskDriver.h"
#include "KioskFixture.h"

#include "booking/HoldLimitSettings.h"
#include "screens/ConfirmationScreen.h"
#include "screens/WelcomeScreen.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>

#include <malloc.h>

#include <cstdio>
#include <cstring>

using namespace kiosk;
using namespace kiosk::test;

namespace {

int g_journeys = 100;

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

class KioskMemory : public KioskFixture {
protected:
    // Forty rows of six: two seats for each of a hundred and twenty journeys.
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.rows = 40;
        return spec;
    }

    // Seats of journey `n` (0-based): 1A+1B, 1C+1D, 1E+1F, 2A+2B, ...
    static QStringList seatsOf(int n)
    {
        const int row = 1 + n / 3;
        const QString letters = QStringLiteral("ABCDEF").mid(n % 3 * 2, 2);
        return {QStringLiteral("%1%2").arg(row).arg(letters[0]), QStringLiteral("%1%2").arg(row).arg(letters[1])};
    }

    void journey(int n)
    {
        ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, seatsOf(n)));
        ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
        ASSERT_NO_FATAL_FAILURE(payWithCard(*window, QStringLiteral("4242 4242 4242 4242")));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 10000))
            << "journey " << n + 1 << " did not end confirmed";
        QTest::mouseClick(window->confirmationScreen()->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
        ASSERT_EQ(window->currentScreen(), window->welcomeScreen());
    }

    void report(int done)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // what the loop would free next
        const struct mallinfo2 heap = mallinfo2();
        std::printf("%-10s after %4d journeys: RSS %7ld KiB, heap in use %7zu KiB, objects under the window %5lld\n",
                    backendName(GetParam()).c_str(), done, residentKiB(), heap.uordblks / 1024,
                    static_cast<long long>(window->findChildren<QObject *>().size()));
        std::fflush(stdout);
    }
};

TEST_P(KioskMemory, JourneysAtOneKiosk)
{
    ASSERT_LE(g_journeys, 120) << "the flight has seats for 120 journeys of two";
    // A traveller takes a minute or more; here a journey takes a fraction of a second, faster
    // than a kiosk's 10 holds a minute allow, so the admin lifts that limit for the run.
    HoldLimits limits;
    limits.role = Role::Kiosk;
    limits.maxUnpaidHolds = 2;
    auto lifted = HoldLimitSettings(*db, Actor{QStringLiteral("bench"), QStringLiteral("admin"), Role::Admin}).set(limits);
    ASSERT_TRUE(lifted) << lifted.error().message.toStdString();
    openKiosk(touchKiosk(), {1280, 1024});
    const QList<int> samples{1, 10, 25, 50, 75, g_journeys};
    for (int n = 0; n < g_journeys; ++n) {
        ASSERT_NO_FATAL_FAILURE(journey(n));
        if (samples.contains(n + 1))
            report(n + 1);
    }
}

KIOSK_ON_BOTH_BACKENDS(KioskMemory);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--journeys") == 0)
            g_journeys = std::atoi(argv[i + 1]);
    return RUN_ALL_TESTS();
}
