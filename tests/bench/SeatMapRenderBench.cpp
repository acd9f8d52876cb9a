// The seat map's full repaint (issues 16 and 18: "seat map with surcharges for an A380, both
// decks, rendered in under 5 ms"): the A380's seats with fares and surcharges, statuses as
// a busy flight has them, drawn offscreen into a QImage with the view sized to show every
// row, so each repaint draws every seat, price, exit, galley and the fuselage of both decks.
//   seatmap_render_bench [--repeat N] [--save DIR]   (QT_QPA_PLATFORM=offscreen)
#include "LatencyStats.h"
#include "LayoutSeats.h"
#include "demo/LayoutCatalog.h"
#include "models/SeatMapModel.h"
#include "widgets/SeatMapView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPainter>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace kiosk;
using namespace kiosk::ui;

namespace {

// A flight of the layout: fares per cabin, surcharges on exit and legroom rows, and two
// seats in nine taken in a fixed pattern (held, sold) as on a busy day.
QList<Seat> busyFlight(const AircraftLayout &layout)
{
    QList<Seat> seats = test::seatsOf(layout);
    int n = 0;
    for (Seat &seat : seats) {
        const Cabin cabin = seat.cabin;
        const SeatFeatures features = seat.features;
        const qint64 fare = cabin == Cabin::First ? 450000 : cabin == Cabin::Business ? 180000
                            : cabin == Cabin::PremiumEconomy ? 64000 : 24900;
        qint64 surcharge = 0;
        if (features.testFlag(SeatFeature::ExitRow))
            surcharge += 2000;
        if (features.testFlag(SeatFeature::ExtraLegroom))
            surcharge += 2500;
        seat.surcharge = Money(surcharge, QStringLiteral("EUR"));
        seat.price = Money(fare + surcharge, QStringLiteral("EUR"));
        const int pattern = n++ % 9;
        if (seat.status == SeatStatus::Free)
            seat.status = pattern == 2 ? SeatStatus::Sold : pattern == 5 ? SeatStatus::Held : SeatStatus::Free;
    }
    return seats;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("full repaints to time"), QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("save"), QStringLiteral("also write each deck's last repaint as DIR/seatmap-deck-N.png"),
                      QStringLiteral("DIR")});
    parser.addHelpOption();
    parser.process(app);
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());

    auto a380 = LayoutCatalog::builtIn().layout(QStringLiteral("A380-800"));
    if (!a380) {
        std::fprintf(stderr, "no A380-800 layout: %s\n", qPrintable(a380.error().message));
        return 1;
    }
    SeatMapModel model;
    model.setLayout(*a380);
    model.setSeats(busyFlight(*a380));
    SeatMapView view;
    view.setSeatModel(&model);

    // One image per deck, as tall as the deck's whole map.
    struct Deck {
        int index;
        QImage image;
    };
    std::vector<Deck> decks;
    int seatsDrawn = 0;
    for (int deck : model.decks()) {
        model.setDeck(deck);
        int height = 2 * view.frameWidth();
        for (int row = 0; row < model.rowCount(); ++row)
            height += view.rowHeight(row);
        view.resize(view.width(), height);
        decks.push_back({deck, QImage(view.size(), QImage::Format_ARGB32_Premultiplied)});
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                seatsDrawn += model.seatAt(model.index(row, column)) ? 1 : 0;
        }
    }

    // CPU time beside wall time: on a shared, loaded machine the wall clock also counts the
    // time other processes had the cores.
    double cpuSeconds = 0;
    std::vector<std::int64_t> samples;
    samples.reserve(std::size_t(repeat));
    for (int i = -20; i < repeat; ++i) { // 20 rounds to warm the glyph and path caches
        std::int64_t total = 0;
        for (Deck &deck : decks) {
            model.setDeck(deck.index);
            int height = 2 * view.frameWidth();
            for (int row = 0; row < model.rowCount(); ++row)
                height += view.rowHeight(row);
            view.resize(view.width(), height);
            const auto start = std::chrono::steady_clock::now();
            view.render(&deck.image);
            total += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
        }
        if (i == 0)
            cpuSeconds = -double(std::clock()) / CLOCKS_PER_SEC;
        if (i >= 0)
            samples.push_back(total);
    }
    if (parser.isSet(QStringLiteral("save"))) {
        for (const Deck &deck : decks)
            deck.image.save(QStringLiteral("%1/seatmap-deck-%2.png").arg(parser.value(QStringLiteral("save"))).arg(deck.index));
    }
    cpuSeconds += double(std::clock()) / CLOCKS_PER_SEC;
    const auto stats = bench::summarize(samples);
    std::printf("seat map full repaint, A380-800 both decks (%d seats with prices), %dx%d + %dx%d px, %zu repaints\n",
                seatsDrawn, decks[0].image.width(), decks[0].image.height(), decks.back().image.width(),
                decks.back().image.height(), stats.count);
    std::printf("median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  (CPU %.2f ms per repaint)\n", stats.p50Ms,
                stats.p95Ms, stats.p99Ms, stats.maxMs, 1000.0 * cpuSeconds / double(stats.count));
    // The smoke run proves the map drew every seat; the figures are only printed.
    return seatsDrawn == a380->seatCount() ? 0 : 1;
}
