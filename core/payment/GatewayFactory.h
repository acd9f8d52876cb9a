#pragma once

#include "PaymentGateway.h"

#include <memory>

#include <QCoreApplication>

namespace kiosk {

// Builds the gateway a `--gateway` value names:
//   mock                      the in-process mock (test cards; other valid cards approve)
//   mock?approve=0.8&seed=7   the mock approving that fraction of other cards, reproducibly
//   http(s)://HOST[:PORT][/PATH][?timeout_ms=..&attempts=..&backoff_ms=..&max_backoff_ms=..&ca=PEM]
//                             the HTTP gateway (HttpPaymentGateway), e.g. paygate-sim
// Anything else is bad input with a message listing the forms. An empty value means the
// mock only for the single-machine demo; on a shared database it is refused, so a terminal
// with a forgotten setting can never approve every card or settle real payments.
class GatewayFactory {
    Q_DECLARE_TR_FUNCTIONS(GatewayFactory)
public:
    enum class Database { Demo, Shared };
    static Result<std::unique_ptr<PaymentGateway>> create(const QString &spec, Database database = Database::Demo);
    // Only the choice of gateway for that database, without building one: programs check
    // it while reading their configuration, before any window or connection.
    static Status checkChoice(const QString &spec, Database database);
    // True when `spec` names the in-process mock (empty included: the demo's default).
    static bool isMock(const QString &spec);
};

} // namespace kiosk
