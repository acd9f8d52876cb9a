// outbox_bench: what the notification outbox delivers to a local SMTP server (aiosmtpd, as
// the tests use) on PostgreSQL, beside the server's own pace:
//   1. baseline: one libcurl client (SmtpSender, one connection) sending the same rendered
//      messages straight to the server, no database: the most the server takes from one client;
//   2. throughput: M due outbox rows, then D `kioskctl outbox run --once` processes at once
//      (D = 1 and 4; FOR UPDATE SKIP LOCKED), messages per second until all have exited;
//   3. latency: D running dispatchers (`kioskctl outbox run`, polling every second as
//      shipped) while bookings are held with an e-mail address and paid one after another
//      at random intervals; the clock runs from the payment's return (the confirmation has
//      committed: the outbox row is written in its transaction) to the moment the SMTP
//      server has the message whole.
//
//   packaging/with-postgres.sh build/dev/tests/bench/outbox_bench [--messages M] [--bookings N]
//
// Exits non-zero if a message is lost or sent twice; no timing is asserted.
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "SmtpSink.h"
#include "booking/BookingService.h"
#include "notify/MessageRenderer.h"
#include "notify/SmtpSender.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

using namespace kiosk;
using namespace kiosk::bench;
using kiosk::test::SmtpSink;

namespace {

const char *const Details = R"({"flight": "KX 101", "origin": "DUB", "destination": "LHR", "departure_ms": 1796112000000, )"
                            R"("time_zone": "Europe/Dublin", "total_minor": 4900, "currency": "EUR", )"
                            R"("passengers": [{"name": "Ada Lovelace", "seat": "12A"}]})";

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("n/a");
}

int intOption(const QStringList &args, const QString &name, int fallback, int low, int high)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? qBound(low, args.at(at + 1).toInt(), high) : fallback;
}

QStringList dispatcherArguments(const QString &url, const SmtpSink &sink, bool once)
{
    QStringList arguments{QStringLiteral("--db"), url, QStringLiteral("--terminal"), QStringLiteral("outbox-bench"),
                          QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("run"),
                          QStringLiteral("--smtp"), sink.url(), QStringLiteral("--tls"), QStringLiteral("none")};
    if (once)
        arguments << QStringLiteral("--once");
    return arguments;
}

std::vector<std::unique_ptr<QProcess>> startDispatchers(int count, const QStringList &arguments)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardOutputFile(QProcess::nullDevice());
        process->start(QStringLiteral(KIOSKCTL_PATH), arguments);
        processes.push_back(std::move(process));
    }
    return processes;
}

bool finished(std::vector<std::unique_ptr<QProcess>> &processes)
{
    bool clean = true;
    for (auto &process : processes) {
        process->waitForFinished(600000);
        clean &= process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }
    return clean;
}

// 1: the server's own pace with one libcurl client and no database.
double baseline(const SmtpSink &sink, int messages, bool &ok)
{
    SmtpSettings settings;
    settings.url = sink.url();
    settings.from = QString::fromLatin1(SmtpSettings::DefaultFrom);
    settings.tls = SmtpSettings::Tls::None;
    SmtpSender sender(settings);
    OutboxEntry entry;
    entry.kind = QStringLiteral("booking_confirmed");
    entry.reference = QStringLiteral("BENCH1");
    entry.recipient = QStringLiteral("traveller@example.com");
    entry.details = QString::fromUtf8(Details);
    const int before = sink.count();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < messages; ++i) {
        entry.id = i + 1;
        auto rendered = MessageRenderer::render(entry); // as the dispatcher does for each row
        ok &= rendered && sender.send(entry.recipient, settings.messageIdFor(entry.id), *rendered).ok();
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    ok &= sink.waitForMessages(before + messages, 10000) && sink.count() == before + messages;
    return messages / seconds;
}

// 2: M due rows, D dispatchers until none is due.
double throughput(QSqlQuery &sql, const QString &url, const SmtpSink &sink, int dispatchers, int messages, bool &ok)
{
    ok &= sql.exec(QStringLiteral("INSERT INTO outbox (kind, reference, recipient, details) "
                                  "SELECT 'booking_confirmed', 'TP' || lpad(n::text, 4, '0'), "
                                  "'traveller' || n || '@example.com', '%1' FROM generate_series(1, %2) n")
                       .arg(QString::fromUtf8(Details))
                       .arg(messages));
    const int before = sink.count();
    QElapsedTimer clock;
    clock.start();
    auto processes = startDispatchers(dispatchers, dispatcherArguments(url, sink, true));
    ok &= finished(processes);
    const double seconds = clock.nsecsElapsed() / 1e9;
    ok &= sql.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'sent'")) && sql.next()
        && sql.value(0).toInt() == 0;
    ok &= sink.waitForMessages(before + messages, 10000) && sink.count() == before + messages; // none twice
    return messages / seconds;
}

// 3: commit-to-delivery latency with D running dispatchers.
LatencySummary latency(Database &db, const QString &url, const SmtpSink &sink, int dispatchers, int bookings,
                       qint64 firstFlight, qint64 &nextSeat, bool &ok)
{
    MockPaymentGateway gateway;
    BookingService service(db, gateway, Actor{QStringLiteral("outbox-bench"), QStringLiteral("kiosk")});
    CardDetails card;
    card.number = QStringLiteral("4242424242424242");
    card.setExpiry(QStringLiteral("12/30"));
    card.cvc = QStringLiteral("123");
    auto processes = startDispatchers(dispatchers, dispatcherArguments(url, sink, false));
    QThread::msleep(500); // the dispatchers connect and start polling
    const int before = sink.count();
    QHash<QString, QDateTime> committed; // reference -> the payment's return
    for (int i = 0; i < bookings; ++i) {
        const SeatSlot slot = seatSlot(firstFlight, nextSeat++);
        HoldRequest request;
        request.flight = FlightRef::byId(slot.flightId);
        request.seats << slot.code;
        request.contact.email = QStringLiteral("traveller%1@example.com").arg(i);
        auto held = service.hold(request);
        auto paid = held ? waitFor(service.submitPayment(held->reference, card), 60000) : Result<Booking>(held.error());
        if (!paid || paid->state != BookingState::Confirmed) {
            std::fprintf(stderr, "outbox_bench: booking %d not confirmed\n", i);
            ok = false;
            continue;
        }
        committed.insert(paid->reference, QDateTime::currentDateTimeUtc());
        // At random moments, so the bookings do not keep step with the dispatchers' polling.
        QThread::msleep(QRandomGenerator::global()->bounded(50, 250));
    }
    ok &= sink.waitForMessages(before + int(committed.size()), 30000);
    for (auto &process : processes)
        process->terminate(); // SIGTERM: the dispatcher finishes its message and stops
    ok &= finished(processes);
    std::vector<std::int64_t> samples;
    for (const SmtpSink::Arrival &arrival : sink.arrivals()) {
        const QString subject = SmtpSink::header(arrival.message, QStringLiteral("Subject"));
        for (auto it = committed.begin(); it != committed.end(); ++it) {
            if (subject.contains(it.key())) {
                samples.push_back(std::max<qint64>(0, it.value().msecsTo(arrival.atUtc)) * 1000000);
                committed.erase(it);
                break;
            }
        }
    }
    ok &= committed.isEmpty();
    return summarize(samples);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int messages = intOption(args, QStringLiteral("--messages"), 1000, 1, 100000);
    const int bookings = intOption(args, QStringLiteral("--bookings"), 100, 1, 10000);
    const QString admin = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    if (admin.isEmpty()) {
        std::fprintf(stderr, "outbox_bench: KIOSK_TEST_PG_URL is not set; run me under packaging/with-postgres.sh\n");
        return 2;
    }
    SmtpSink sink;
    if (!sink.start()) {
        std::fprintf(stderr, "outbox_bench: %s\n", qPrintable(sink.error()));
        return 2;
    }
    const QString schema = QStringLiteral("outbox_%1").arg(QCoreApplication::applicationPid());
    auto url = createSchema(admin, schema);
    auto db = url ? Database::open(*url, QStringLiteral("outbox-bench")) : Result<std::unique_ptr<Database>>(url.error());
    auto first = db ? loadFlights(**db, 2 * bookings / SeatsPerFlight + 1) : Result<qint64>(db.error());
    if (!first) {
        std::fprintf(stderr, "outbox_bench: %s\n", qPrintable(first.error().message));
        return 2;
    }
    QSqlQuery sql((*db)->connection());
    bool ok = true;
    std::printf("load average at the start: %s\n\n", qPrintable(loadAverage()));
    std::printf("| run | dispatchers | messages | messages/s |\n|---|---|---|---|\n");
    std::printf("| baseline: one libcurl client, no database | - | %d | %.0f |\n", messages, baseline(sink, messages, ok));
    for (int dispatchers : {1, 4})
        std::printf("| outbox: `kioskctl outbox run --once` processes | %d | %d | %.0f |\n", dispatchers, messages,
                    throughput(sql, *url, sink, dispatchers, messages, ok));
    std::printf("\n| dispatchers | bookings | commit to delivery p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|---|\n");
    qint64 nextSeat = 0;
    for (int dispatchers : {1, 4}) {
        const LatencySummary s = latency(**db, *url, sink, dispatchers, bookings, *first, nextSeat, ok);
        std::printf("| %d | %zu of %d | %.0f | %.0f | %.0f |\n", dispatchers, s.count, bookings, s.p50Ms, s.p95Ms, s.maxMs);
    }
    std::printf("\nload average at the end: %s\n", qPrintable(loadAverage()));
    if (!ok)
        std::fprintf(stderr, "outbox_bench: a message was lost, sent twice or not confirmed%s\n",
                     sql.lastError().isValid() ? qPrintable(QStringLiteral(" (") + sql.lastError().text() + QLatin1Char(')')) : "");
    sql = QSqlQuery();
    db->reset();
    (void)dropSchema(admin, schema);
    return ok ? 0 : 1;
}
