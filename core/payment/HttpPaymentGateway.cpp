#include "HttpPaymentGateway.h"

#include "GatewayReplyParser.h"
#include "HttpCall.h"

namespace kiosk {

namespace {
QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

HttpPaymentGateway::HttpPaymentGateway(HttpGatewayOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_network.setAutoDeleteReplies(false);
}

QString HttpPaymentGateway::name() const
{
    return m_options.baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QString HttpPaymentGateway::intentPath(const QString &reference, const QString &action)
{
    return QStringLiteral("/v1/payment_intents/%1/%2").arg(encoded(reference), action);
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
    // Only what the parser needs is kept: the card leaves memory with this frame.
    AuthorizationRequest expected{request.idempotencyKey, request.amount, CardDetails(), request.description};
    return HttpCall::send(m_network, m_options, "POST", QStringLiteral("/v1/payment_intents"), body,
                          request.idempotencyKey)
        .then([expected](const Result<HttpAnswer> &answer) -> Result<GatewayDecision> {
            if (!answer)
                return answer.error();
            return GatewayReplyParser::authorization(answer->status, answer->body, expected);
        });
}

QFuture<Status> HttpPaymentGateway::capture(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    return HttpCall::send(m_network, m_options, "POST", intentPath(reference, QStringLiteral("capture")),
                          {{QStringLiteral("amount_to_capture"), amount.minorUnits()}}, idempotencyKey)
        .then([reference, amount](const Result<HttpAnswer> &answer) -> Status {
            if (!answer)
                return answer.error();
            return GatewayReplyParser::capture(answer->status, answer->body, reference, amount);
        });
}

QFuture<Status> HttpPaymentGateway::voidAuthorization(const QString &reference, const QString &idempotencyKey)
{
    return HttpCall::send(m_network, m_options, "POST", intentPath(reference, QStringLiteral("cancel")), {},
                          idempotencyKey)
        .then([reference](const Result<HttpAnswer> &answer) -> Status {
            if (!answer)
                return answer.error();
            return GatewayReplyParser::voided(answer->status, answer->body, reference);
        });
}

QFuture<Status> HttpPaymentGateway::refund(const QString &reference, const Money &amount, const QString &idempotencyKey)
{
    return HttpCall::send(m_network, m_options, "POST", QStringLiteral("/v1/refunds"),
                          {{QStringLiteral("payment_intent"), reference}, {QStringLiteral("amount"), amount.minorUnits()}},
                          idempotencyKey)
        .then([reference, amount](const Result<HttpAnswer> &answer) -> Status {
            if (!answer)
                return answer.error();
            return GatewayReplyParser::refund(answer->status, answer->body, reference, amount);
        });
}

QFuture<Result<std::optional<GatewayCharge>>> HttpPaymentGateway::lookup(const QString &authorizationKey)
{
    const QString path = QStringLiteral("/v1/payment_intents?idempotency_key=%1").arg(encoded(authorizationKey));
    return HttpCall::send(m_network, m_options, "GET", path)
        .then([authorizationKey](const Result<HttpAnswer> &answer) -> Result<std::optional<GatewayCharge>> {
            if (!answer)
                return answer.error();
            return GatewayReplyParser::lookup(answer->status, answer->body, authorizationKey);
        });
}

} // namespace kiosk
