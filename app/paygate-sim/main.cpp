// paygate-sim: a card-payment gateway simulator speaking the payment-intents API the
// kiosk's HTTP gateway uses, with the test cards, a persistent ledger and injectable
// faults. For tests and for trying the kiosk by hand; never for real cards.
#include "SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

namespace {

int intOption(const QCommandLineParser &parser, const QString &name, int low, int high, bool *ok)
{
    bool parsed = true;
    const int value = parser.value(name).toInt(&parsed);
    if (!parsed || value < low || value > high) {
        std::fprintf(stderr, "paygate-sim: --%s must be a whole number from %d to %d\n", qPrintable(name), low, high);
        *ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paygate-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Payment gateway simulator (payment intents API). Test cards: 4242424242424242 approves, "
        "4000000000000002 declines, 4000000000009995 insufficient funds, 4000000000000069 expired card. "
        "GET /ledger lists every charge; POST /_sim/faults changes the faults while running. "
        "Card-terminal mode: POST /v1/terminal/payments answers with the next card presented by "
        "POST /_sim/terminal/present {\"card\": NAME}, or --terminal-card."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("ledger"), QStringLiteral("JSON file keeping the ledger across restarts (default: memory)."),
         QStringLiteral("path")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay before every answer."), QStringLiteral("ms"),
         QStringLiteral("0")},
        {QStringLiteral("fail-5xx"), QStringLiteral("Answer the next N POSTs with 503, unprocessed."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("drop-after-processing"),
         QStringLiteral("Process the next N POSTs, then close the connection unanswered."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("duplicate-delivery"), QStringLiteral("Process the next N POSTs twice."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("terminal-card"),
         QStringLiteral("The card the terminal meets when none was presented: approve (default), decline, "
                        "insufficient_funds, removed or timeout."),
         QStringLiteral("name"), QStringLiteral("approve")},
    });
    parser.process(app);

    bool ok = true;
    const int port = intOption(parser, QStringLiteral("port"), 0, 65535, &ok);
    paygate::SimFaults faults;
    faults.latencyMs = intOption(parser, QStringLiteral("latency-ms"), 0, 600000, &ok);
    faults.fail5xx = intOption(parser, QStringLiteral("fail-5xx"), 0, 1000000, &ok);
    faults.dropAfterProcessing = intOption(parser, QStringLiteral("drop-after-processing"), 0, 1000000, &ok);
    faults.duplicateDelivery = intOption(parser, QStringLiteral("duplicate-delivery"), 0, 1000000, &ok);
    const QHostAddress host(parser.value(QStringLiteral("host")));
    if (host.isNull()) {
        std::fprintf(stderr, "paygate-sim: --host must be an IP address\n");
        ok = false;
    }
    const QString terminalCard = parser.value(QStringLiteral("terminal-card"));
    if (!paygate::SimTerminal::isCard(terminalCard)) {
        std::fprintf(stderr, "paygate-sim: --terminal-card must be one of: %s\n",
                     qPrintable(paygate::SimTerminal::cardNames()));
        ok = false;
    }
    if (!ok)
        return 2;

    paygate::SimLedger ledger;
    QString error;
    if (!ledger.open(parser.value(QStringLiteral("ledger")), &error)) {
        std::fprintf(stderr, "paygate-sim: %s\n", qPrintable(error));
        return 1;
    }
    paygate::SimServer server(ledger, faults);
    server.terminal().setDefaultCard(terminalCard);
    const quint16 bound = server.listen(host, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "paygate-sim: cannot listen on %s:%d\n", qPrintable(host.toString()), port);
        return 1;
    }
    // The first line is for scripts and tests that asked for port 0.
    std::printf("paygate-sim listening on http://%s:%u\n", qPrintable(host.toString()), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
