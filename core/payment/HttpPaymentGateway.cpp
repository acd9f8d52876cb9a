#include "HttpPaymentGateway.h"

#include "HttpCall.h"

#include <QJsonArray>

namespace kiosk {

namespace {
// A refusal the gateway stated: not retried, not "unknown".
Error refusal(const HttpAnswer &answer)
{
    const QJsonObject error = answer.body.value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString(QStringLiteral("HTTP %1").arg(answer.status));
    const ErrorCode code = answer.status == 404 ? ErrorCode::NotFound
        : answer.status == 409                  ? ErrorCode::WrongState
                                                : ErrorCode::BadInput;
    return makeError(code, QStringLiteral("payment gateway: %1").arg(message));
}

GatewayCharge chargeFrom(const QJsonObject &intent)
{
    GatewayCharge charge;
    charge.reference = intent.value(QStringLiteral("id")).toString();
    const QString status = intent.value(QStringLiteral("status")).toString();
    charge.status = status == QLatin1String("requires_capture") ? GatewayCharge::Status::Authorized
        : status == QLatin1String("succeeded")                  ? GatewayCharge::Status::Captured
        : status == QLatin1String("canceled")                   ? GatewayCharge::Status::Voided
                                                                : GatewayCharge::Status::Declined;
    charge.amount = Money(intent.value(QStringLiteral("amount")).toInteger(),
                          intent.value(QStringLiteral("currency")).toString().toUpper());
    charge.capturedMinor = intent.value(QStringLiteral("amount_received")).toInteger();
    charge.refundedMinor = intent.value(QStringLiteral("amount_refunded")).toInteger();
    return charge;
}
} // namespace

HttpPaymentGateway::HttpPaymentGateway(HttpGatewayOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_network.setAutoDeleteReplies(false);
}

QFuture<Result<GatewayDecision>> HttpPaymentGateway::authorize(const AuthorizationRequest &request)
{
    const QJsonObject card{{QStringLiteral("number"), CardValidator::digitsOnly(request.card.number)},
                           {QStringLiteral("exp_month"), request.card.expiryMonth},
                           {QStringLiteral("exp_year"), request.card.expiryYear},
                           {QStringLiteral("cvc"), request.card.cvc}};
    const QJsonObject body{{QStringLiteral("amount"), request.amount.minorUnits()},
                           {QStringLiteral("currency"), request.amount.currency().toLower()},
                           {QStringLiteral("description"), request.description},
                           {QStringLiteral("capture_method"), QStringLiteral("manual")},
                           {QStringLiteral("confirm"), true},
                           {QStringLiteral("payment_method_data"), QJsonObject{{QStringLiteral("card"), card}}}};
    return HttpCall::send(m_network, m_options, "POST", QStringLiteral("/v1/payment_intents"), body,
                          request.idempotencyKey)
        .then([](const Result<HttpAnswer> &answer) -> Result<GatewayDecision> {
            if (!answer)
                return answer.error();
            GatewayDecision decision;
            if (answer->status == 402) { // a card error: the bank said no
                const QJsonObject error = answer->body.value(QStringLiteral("error")).toObject();
                decision.declineCode = error.value(QStringLiteral("decline_code"))
                                           .toString(error.value(QStringLiteral("code")).toString());
                decision.declineReason = error.value(QStringLiteral("message")).toString();
                return decision;
            }
            if (answer->status != 200)
                return refusal(*answer);
            const GatewayCharge charge = chargeFrom(answer->body);
            decision.approved = charge.status == GatewayCharge::Status::Authorized
                || charge.status == GatewayCharge::Status::Captured;
            decision.reference = charge.reference;
            if (!decision.approved)
                return makeError(ErrorCode::BadInput,
                                 QStringLiteral("payment gateway: unexpected payment status for %1").arg(charge.reference));
            return decision;
        });
}

QFuture<Status> HttpPaymentGateway::post(const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    return HttpCall::send(m_network, m_options, "POST", path, body, idempotencyKey)
        .then([](const Result<HttpAnswer> &answer) -> Status {
            if (!answer)
                return answer.error();
            if (answer->status != 200)
                return refusal(*answer);
            return Done{};
        });
}

QFuture<Status> HttpPaymentGateway::capture(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    return post(QStringLiteral("/v1/payment_intents/%1/capture").arg(reference),
                {{QStringLiteral("amount_to_capture"), amount.minorUnits()}}, idempotencyKey);
}

QFuture<Status> HttpPaymentGateway::voidAuthorization(const QString &reference, const QString &idempotencyKey)
{
    return post(QStringLiteral("/v1/payment_intents/%1/cancel").arg(reference), {}, idempotencyKey);
}

QFuture<Status> HttpPaymentGateway::refund(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    return post(QStringLiteral("/v1/refunds"),
                {{QStringLiteral("payment_intent"), reference}, {QStringLiteral("amount"), amount.minorUnits()}},
                idempotencyKey);
}

QFuture<Result<std::optional<GatewayCharge>>> HttpPaymentGateway::lookup(const QString &authorizationKey)
{
    const QString path = QStringLiteral("/v1/payment_intents?idempotency_key=%1")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(authorizationKey)));
    return HttpCall::send(m_network, m_options, "GET", path)
        .then([](const Result<HttpAnswer> &answer) -> Result<std::optional<GatewayCharge>> {
            if (!answer)
                return answer.error();
            if (answer->status != 200)
                return refusal(*answer);
            const QJsonArray found = answer->body.value(QStringLiteral("data")).toArray();
            if (found.isEmpty())
                return std::optional<GatewayCharge>();
            return std::optional<GatewayCharge>(chargeFrom(found.first().toObject()));
        });
}

} // namespace kiosk
