#pragma once

#include "PaymentTerminal.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kiosk {

// Reads a card terminal's answer to POST /v1/terminal/payments (status and raw body) and
// says what it means, trusting nothing, like GatewayReplyParser: only a well-formed answer
// about exactly the payment that was asked (same key, amount and currency) with a known
// status is a result. An approval needs the acquirer's id, a known brand, four digits and a
// token; a reply that carries anything looking like a card number is refused. 400 and 404
// with the terminal's error object are definite refusals; everything else is
// ErrorCode::GatewayUnavailable (outcome unknown: the reconciler asks the acquirer by key).
// A pure function: also the fuzzer's entry point.
class TerminalReplyParser {
    Q_DECLARE_TR_FUNCTIONS(TerminalReplyParser)
public:
    static Result<TerminalAnswer> payment(int status, const QByteArray &body, const TerminalRequest &request);
};

} // namespace kiosk
