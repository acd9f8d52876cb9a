#pragma once

#include "PaymentGateway.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kiosk {

// Reads the HTTP gateway's answers (status and raw body) and says what they mean, trusting
// nothing: only a well-formed answer about exactly the request that was sent is a result.
// 400 and 404 are definite refusals, 402 a decline; every other status (401, 403, 408, 409,
// 429, 3xx, unknown codes) and every 200 whose body is not JSON, lacks a field, carries a
// status we do not know or a transitional one (processing, requires_action), or names
// another amount, currency, key or charge is ErrorCode::GatewayUnavailable: the outcome is
// unknown and the caller asks again later. Pure functions: also the fuzzers' entry point.
class GatewayReplyParser {
    Q_DECLARE_TR_FUNCTIONS(GatewayReplyParser)
public:
    static Result<GatewayDecision> authorization(int status, const QByteArray &body, const AuthorizationRequest &request);
    static Status capture(int status, const QByteArray &body, const QString &reference, const Money &amount);
    static Status voided(int status, const QByteArray &body, const QString &reference);
    static Status refund(int status, const QByteArray &body, const QString &reference, const Money &amount);
    static Result<std::optional<GatewayCharge>> lookup(int status, const QByteArray &body, const QString &authorizationKey);
};

} // namespace kiosk
