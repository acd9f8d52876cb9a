#pragma once

#include "PaymentGateway.h"

#include <QCoreApplication>

#include <memory>

namespace kiosk {

// Puts a card terminal in front of the acquirer's gateway, as a `--terminal` value names it:
//   (empty)                 no terminal: the gateway as it is (cards typed at the desk)
//   mock[?card=NAME]        the in-process MockPaymentTerminal (the demo), authorizing at the
//                           mock gateway; NAME approve (default), decline, insufficient_funds,
//                           removed, timeout
//   http(s)://HOST[:PORT][?timeout_ms=..&attempts=..&ca=PEM]
//                           HttpPaymentTerminal, e.g. paygate-sim's terminal mode
// Anything else is bad input with a message listing the forms.
class TerminalFactory {
    Q_DECLARE_TR_FUNCTIONS(TerminalFactory)
public:
    static Result<std::unique_ptr<PaymentGateway>> wrap(const QString &spec, std::unique_ptr<PaymentGateway> acquirer);
    // Only whether `spec` is one of the forms, before any window or connection.
    static Status checkChoice(const QString &spec);
};

} // namespace kiosk
