#pragma once

#include "PaymentGateway.h"

#include <memory>

namespace kiosk {

// Builds the gateway a `--gateway` value names:
//   mock                      the in-process mock (test cards; other valid cards approve)
//   mock?approve=0.8&seed=7   the mock approving that fraction of other cards, reproducibly
//   http(s)://HOST[:PORT][/PATH][?timeout_ms=..&attempts=..&backoff_ms=..&max_backoff_ms=..&ca=PEM]
//                             the HTTP gateway (HttpPaymentGateway), e.g. paygate-sim
// Anything else is bad input with a message listing the forms.
class GatewayFactory {
public:
    static Result<std::unique_ptr<PaymentGateway>> create(const QString &spec);
};

} // namespace kiosk
