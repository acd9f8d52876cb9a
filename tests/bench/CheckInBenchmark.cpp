// checkin_bench: what check-in costs (docs/benchmarks.md).
//  1. From "Check in" confirmed to a boarding pass on screen: CheckInService::checkIn (one
//     passenger, the transaction on the flight's counter), the PDF417 symbol from libzint
//     and painting it into a screen-sized image. Baseline in the same run: the booking
//     lookup (BookingService::find) that every screen showing a booking makes.
//  2. One boarding pass written as a PDF page (BoardingPassPdf).
//  3. 16 connections checking in on one flight at once: check-ins per second, and the
//     numbers dense (1..N, no duplicates) or the program fails.
//
//   packaging/with-postgres.sh build/dev/tests/bench/checkin_bench [PASSENGERS]
//
// PostgreSQL when KIOSK_TEST_PG_URL is set (packaging/with-postgres.sh), SQLite always.
#include "BarcodePainter.h"
#include "BenchSchema.h"
#include "BoardingPassPdf.h"
#include "LatencyStats.h"
#include "booking/BookingService.h"
#include "checkin/BarcodeSymbol.h"
#include "checkin/CheckInService.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"
#include "storage/CheckInRepository.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>
#include <latch>
#include <thread>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

constexpr int Terminals = 16;

// `count` confirmed one-passenger bookings on the flight, seats from `firstSeat` on.
Result<QStringList> sell(Database &db, qint64 flightId, int firstSeat, int count)
{
    MockPaymentGateway gateway;
    BookingService service(db, gateway, Actor::builtInOperator(QStringLiteral("checkin-bench")));
    CardDetails card;
    card.number = QStringLiteral("4242424242424242");
    card.setExpiry(QStringLiteral("12/30"));
    card.cvc = QStringLiteral("123");
    QStringList references;
    for (int i = 0; i < count; ++i) {
        HoldRequest request;
        request.flight = FlightRef::byId(flightId);
        request.seats << seatSlot(flightId, firstSeat + i).code;
        request.passengers << QStringLiteral("Bench Traveller");
        auto held = service.hold(request);
        if (!held)
            return held.error();
        auto paid = waitFor(service.submitPayment(held->reference, card), 30000);
        if (!paid)
            return paid.error();
        references << held->reference;
    }
    return references;
}

int measure(const char *label, const QString &url, int passengers)
{
    auto db = Database::open(url, QStringLiteral("checkin-bench"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto first = loadFlights(**db, 2);
    // The bench's flights leave in 48 h: open their airline's check-in 72 h before.
    if (!first || !CheckInRepository(**db).saveWindow(QStringLiteral("BX"), QString(), {72 * 60, 45}))
        return 1;
    auto sold = sell(**db, *first, 0, passengers);
    auto raced = sell(**db, *first + 1, 0, std::min(passengers, SeatsPerFlight));
    if (!sold || !raced) {
        std::fprintf(stderr, "checkin_bench: selling failed\n");
        return 1;
    }
    const Actor kiosk{QStringLiteral("bench-kiosk"), QStringLiteral("kiosk"), Role::Kiosk};
    MockPaymentGateway gateway;
    BookingService bookings(**db, gateway, Actor::builtInOperator(QStringLiteral("checkin-bench")));
    CheckInService checkIns(**db, kiosk);
    QTemporaryDir dir;
    std::vector<std::int64_t> lookup, toScreen, pdf;
    QElapsedTimer clock;
    for (const QString &reference : std::as_const(*sold)) {
        clock.start();
        if (!bookings.find(reference))
            return 1;
        lookup.push_back(clock.nsecsElapsed());

        clock.start();
        auto passes = checkIns.checkIn(reference, QStringLiteral("Traveller"));
        auto symbol = passes ? BarcodeSymbol::pdf417(passes->first().bcbp) : Result<BarcodeSymbol>(passes.error());
        if (!symbol)
            return 1;
        QImage screen(900, 360, QImage::Format_RGB32); // the boarding pass screen's barcode area
        screen.fill(Qt::white);
        QPainter painter(&screen);
        BarcodePainter::paintFitted(painter, *symbol, QRectF(0, 0, 900, 360));
        painter.end();
        toScreen.push_back(clock.nsecsElapsed());

        clock.start();
        if (!BoardingPassPdf::write(*passes, dir.filePath(reference + QStringLiteral(".pdf")), BoardingPassPaper::A4))
            return 1;
        pdf.push_back(clock.nsecsElapsed());
    }
    const auto row = [label](const char *what, const LatencySummary &s) {
        std::printf("| %s | %s | %zu | %.2f | %.2f | %.2f | %.2f |\n", label, what, s.count, s.meanMs, s.p50Ms, s.p95Ms,
                    s.maxMs);
    };
    row("baseline: booking lookup (find)", summarize(lookup));
    row("check in -> PDF417 on screen", summarize(toScreen));
    row("boarding pass PDF (one page)", summarize(pdf));

    // 16 terminals on one flight.
    std::latch start(Terminals + 1);
    std::vector<std::vector<int>> numbers(Terminals);
    std::vector<std::thread> threads;
    for (int t = 0; t < Terminals; ++t) {
        threads.emplace_back([&, t] {
            auto connection = Database::open(url, QStringLiteral("checkin-bench-%1").arg(t));
            const Actor actor{QStringLiteral("bench-kiosk-%1").arg(t), QStringLiteral("kiosk"), Role::Kiosk};
            std::optional<CheckInService> service;
            if (connection)
                service.emplace(**connection, actor);
            start.arrive_and_wait();
            for (qsizetype i = t; service && i < raced->size(); i += Terminals) {
                for (int attempt = 0; attempt < 50; ++attempt) { // Busy: a lock timeout, try again
                    auto passes = service->checkIn(raced->at(i), QStringLiteral("Traveller"));
                    if (passes) {
                        numbers[size_t(t)].push_back(passes->first().sequence);
                        break;
                    }
                    if (passes.error().code != ErrorCode::Busy)
                        break;
                }
            }
        });
    }
    start.arrive_and_wait();
    clock.start();
    for (auto &thread : threads)
        thread.join();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::vector<int> all;
    for (const auto &list : numbers)
        all.insert(all.end(), list.begin(), list.end());
    std::sort(all.begin(), all.end());
    bool dense = int(all.size()) == raced->size();
    for (size_t i = 0; dense && i < all.size(); ++i)
        dense = all[i] == int(i) + 1;
    std::printf("| %s | %d terminals, one flight | %zu check-ins in %.2f s = %.0f per second | numbers 1..%zu %s |\n",
                label, Terminals, all.size(), seconds, double(all.size()) / seconds, all.size(),
                dense ? "dense, no duplicates" : "NOT DENSE");
    return dense ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF
    const int passengers = argc > 1 ? qBound(Terminals, QString::fromLocal8Bit(argv[1]).toInt(), SeatsPerFlight) : 100;
    std::printf("| database | measured | n | mean (ms) | p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|---|---|---|\n");
    int status = 0;
    const QString admin = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    if (!admin.isEmpty()) {
        const QString schema = QStringLiteral("checkin_%1").arg(QCoreApplication::applicationPid());
        auto url = createSchema(admin, schema);
        status |= url ? measure("PostgreSQL", *url, passengers) : 1;
        (void)dropSchema(admin, schema);
    } else {
        std::fprintf(stderr, "checkin_bench: KIOSK_TEST_PG_URL not set; PostgreSQL skipped\n");
    }
    QTemporaryDir dir;
    status |= measure("SQLite", QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("c.sqlite")), passengers);
    return status;
}
