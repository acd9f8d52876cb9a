// The departures board under a finger (issue 16: "frame time while kinetic scrolling the
// departures with 1,000 flights, 16 ms at the 95th percentile"): the kiosk's own
// FlightListScreen at 1280x1024 on a board of N flights, made for fingers as the kiosk makes
// it, flicked down and up: each flick fed to the view's QScroller as its touch gesture feeds
// it, and the glide that follows. A frame's cost is all the event
// work done since the previous frame (the scroller's ticks, fetching more rows, layout),
// ending with the repaint of the window; its p95 is the figure. The named baseline: a plain
// QListView over a QStringListModel of the same number of one-line rows, same swipes.
//   departures_scroll_bench [--flights N] [--swipes N]   (QT_QPA_PLATFORM=offscreen)
#include "DeparturesSeed.h"
#include "LatencyStats.h"
#include "booking/FlightCatalog.h"
#include "models/FlightListModel.h"
#include "screens/FlightListScreen.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "widgets/TouchScreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QScroller>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <chrono>
#include <cstdio>
#include <vector>

using namespace kiosk;
using Clock = std::chrono::steady_clock;

namespace {

// Times every event the application delivers at the outermost level; a frame ends when a
// window's repaint (UpdateRequest) has been handled and carries everything before it.
class FrameTimingApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0 || !m_recording) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const bool isFrame = event->type() == QEvent::UpdateRequest;
        const auto start = Clock::now();
        const bool handled = QApplication::notify(receiver, event);
        m_pendingNs += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
        if (isFrame) {
            m_framesNs.push_back(m_pendingNs);
            m_pendingNs = 0;
        }
        --m_depth;
        return handled;
    }

    void record(bool on)
    {
        m_recording = on;
        m_pendingNs = 0;
    }
    std::vector<std::int64_t> takeFrames() { return std::exchange(m_framesNs, {}); }

private:
    int m_depth = 0;
    bool m_recording = false;
    std::int64_t m_pendingNs = 0;
    std::vector<std::int64_t> m_framesNs;
};

// A flick over the middle of `view`'s viewport, down (the list moves up) or up, fed to the
// view's QScroller as its touch gesture feeds it (press, moves 10 ms apart, release), then
// the glide until the scroller rests.
void flick(QAbstractItemView *view, bool towardsEnd)
{
    QWidget *surface = view->viewport();
    QScroller *scroller = QScroller::scroller(surface);
    const qreal x = surface->width() / 2.0;
    const QPointF low(x, surface->height() * 0.8), high(x, surface->height() * 0.2);
    const QPointF from = towardsEnd ? low : high, to = towardsEnd ? high : low;
    QElapsedTimer clock;
    clock.start();
    scroller->handleInput(QScroller::InputPress, from, clock.elapsed());
    constexpr int Steps = 8;
    for (int i = 1; i <= Steps; ++i) {
        QTest::qWait(10);
        scroller->handleInput(QScroller::InputMove, from + (to - from) * i / Steps, clock.elapsed());
    }
    scroller->handleInput(QScroller::InputRelease, to, clock.elapsed());
    if (!QTest::qWaitFor([&] { return scroller->state() == QScroller::Inactive; }, 10000))
        qFatal("the list was still gliding ten seconds after a flick");
}

struct ScrollRun {
    kiosk::bench::LatencySummary frames;
    int furthest = 0; // the lowest point the list reached, in pixels
    int maximum = 0;
};

// `swipes` flicks: towards the end until it is reached, then back, and so on.
ScrollRun scrollAround(FrameTimingApplication &app, QAbstractItemView *view, int swipes)
{
    QScrollBar *bar = view->verticalScrollBar();
    bool towardsEnd = true;
    int furthest = 0;
    app.record(true);
    for (int i = 0; i < swipes; ++i) {
        if (towardsEnd && bar->value() == bar->maximum() && !view->model()->canFetchMore({}))
            towardsEnd = false;
        else if (!towardsEnd && bar->value() == 0)
            towardsEnd = true;
        flick(view, towardsEnd);
        furthest = qMax(furthest, bar->value());
    }
    app.record(false);
    return {kiosk::bench::summarize(app.takeFrames()), furthest, bar->maximum()};
}

// The kiosk's board in a window of the kiosk's size, made for fingers as the kiosk does.
ScrollRun flickBoard(FrameTimingApplication &app, FlightCatalog &catalog, int swipes, int &rowsLoaded)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *screen = new ui::FlightListScreen(catalog, QStringLiteral("DUB"));
    layout->addWidget(screen);
    ui::adaptForTouch(&window);
    window.resize(1280, 1024);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the board's window was never shown");
    screen->reload();
    const ScrollRun run = scrollAround(app, screen->view(), swipes);
    rowsLoaded = screen->model()->rowCount();
    return run;
}

// The baseline: as many one-line rows in Qt's plainest list, the same kinetic scrolling.
ScrollRun flickPlainList(FrameTimingApplication &app, int rows, int swipes)
{
    QStringList lines;
    for (int i = 0; i < rows; ++i)
        lines << QStringLiteral("%1  KX%2  Dublin to London Heathrow").arg(i).arg(i + 1);
    QStringListModel model(lines);
    QListView list;
    list.setModel(&model);
    ui::scrollByTouch(&list);
    list.resize(1280, 1024);
    list.show();
    if (!QTest::qWaitForWindowExposed(&list))
        qFatal("the baseline's window was never shown");
    return scrollAround(app, &list, swipes);
}

void print(const char *what, const ScrollRun &run, int rows)
{
    std::printf("%-44s %5zu frames  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %6.2f ms  (%d rows, scrolled down to %d of %d px)\n",
                what, run.frames.count, run.frames.p50Ms, run.frames.p95Ms, run.frames.p99Ms, run.frames.maxMs, rows,
                run.furthest, run.maximum);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    FrameTimingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("flights"), QStringLiteral("Flights on the board (default 1000)."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("swipes"), QStringLiteral("Flicks per board (default 40)."), QStringLiteral("n"), QStringLiteral("40")});
    parser.process(app);
    const int flights = qMax(1, parser.value(QStringLiteral("flights")).toInt());
    const int swipes = qMax(1, parser.value(QStringLiteral("swipes")).toInt());

    QTemporaryDir temp;
    auto db = Database::open(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("board.sqlite")));
    if (!db || !Migrator(**db).migrate())
        qFatal("cannot open or migrate the board's database");
    // Twenty minutes apart: a fortnight of departures, so the board's day headings show.
    kiosk::bench::seedDepartures(**db, flights, 20);

    FlightCatalog catalog(**db);
    int boardRows = 0;
    const ScrollRun baseline = flickPlainList(app, flights, swipes);
    const ScrollRun board = flickBoard(app, catalog, swipes, boardRows);

    std::printf("%d flights, %d flicks each, 1280x1024, platform %s\n", flights, swipes, qPrintable(QApplication::platformName()));
    print("kiosk departures board (FlightListScreen)", board, boardRows);
    print("baseline: QListView + QStringListModel", baseline, flights);
    if (board.frames.count == 0 || board.furthest == 0 || baseline.furthest == 0) {
        std::fprintf(stderr, "departures_scroll_bench: a list did not scroll; the figures would mean nothing\n");
        return 1;
    }
    return 0;
}
