#include "GatewayReplyParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

namespace {
Error unknown(int status, const QString &why)
{
    return makeError(ErrorCode::GatewayUnavailable,
                     GatewayReplyParser::tr("payment gateway answered HTTP %1 %2; the outcome is unknown and is checked again")
                         .arg(status)
                         .arg(why));
}

std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

// A whole number field, or nullopt when missing or not an integer.
std::optional<qint64> integer(const QJsonObject &object, const char *field)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    const qint64 whole = value.toInteger(-1);
    if (double(whole) != number || whole < 0)
        return std::nullopt;
    return whole;
}

// A definite refusal the gateway stated for a request it did not carry out.
std::optional<Error> definiteRefusal(int status, const QByteArray &body)
{
    if (status != 400 && status != 404)
        return std::nullopt;
    const auto object = objectOf(body);
    if (!object || !object->value(QStringLiteral("error")).isObject())
        return std::nullopt; // not the gateway's own words (a proxy's page, say): unknown
    const QString message = text(object->value(QStringLiteral("error")).toObject(), "message");
    return makeError(status == 404 ? ErrorCode::NotFound : ErrorCode::BadInput,
                     QStringLiteral("payment gateway: %1").arg(message.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                                                                 : message.left(200)));
}

std::optional<GatewayCharge::Status> chargeStatus(const QString &status)
{
    if (status == QLatin1String("requires_capture"))
        return GatewayCharge::Status::Authorized;
    if (status == QLatin1String("succeeded"))
        return GatewayCharge::Status::Captured;
    if (status == QLatin1String("canceled"))
        return GatewayCharge::Status::Voided;
    if (status == QLatin1String("requires_payment_method"))
        return GatewayCharge::Status::Declined;
    return std::nullopt; // processing, requires_action, anything new: not a result yet
}

bool sameMoney(const QJsonObject &intent, const char *amountField, const Money &expected)
{
    return integer(intent, amountField) == expected.minorUnits()
        && text(intent, "currency").compare(expected.currency(), Qt::CaseInsensitive) == 0;
}
} // namespace

Result<GatewayDecision> GatewayReplyParser::authorization(int status, const QByteArray &body,
                                                          const AuthorizationRequest &request)
{
    const auto object = objectOf(body);
    if (status == 402) { // a card error: the bank said no, in the gateway's words
        const QJsonObject error = object ? object->value(QStringLiteral("error")).toObject() : QJsonObject();
        if (error.isEmpty())
            return unknown(status, QStringLiteral("without the gateway's error object"));
        GatewayDecision decision;
        decision.declineCode = text(error, "decline_code");
        if (decision.declineCode.isEmpty())
            decision.declineCode = text(error, "code");
        decision.declineCode = decision.declineCode.left(64);
        decision.declineReason = text(error, "message").left(200);
        return decision;
    }
    if (auto refused = definiteRefusal(status, body))
        return *refused;
    if (status != 200)
        return unknown(status, QStringLiteral("to the authorization"));
    if (!object)
        return unknown(status, QStringLiteral("with a body that is not a JSON object"));
    const auto state = chargeStatus(text(*object, "status"));
    if (text(*object, "id").isEmpty() || text(*object, "idempotency_key") != request.idempotencyKey
        || !sameMoney(*object, "amount", request.amount))
        return unknown(status, QStringLiteral("about another charge (id, key, amount or currency differ)"));
    if (!state || (*state != GatewayCharge::Status::Authorized && *state != GatewayCharge::Status::Captured))
        return unknown(status, QStringLiteral("with status '%1'").arg(text(*object, "status").left(40)));
    GatewayDecision decision;
    decision.approved = true;
    decision.reference = text(*object, "id");
    return decision;
}

Status GatewayReplyParser::capture(int status, const QByteArray &body, const QString &reference, const Money &amount)
{
    if (auto refused = definiteRefusal(status, body))
        return *refused;
    if (status != 200)
        return unknown(status, QStringLiteral("to the capture"));
    const auto object = objectOf(body);
    if (!object || text(*object, "id") != reference || text(*object, "status") != QLatin1String("succeeded")
        || !sameMoney(*object, "amount_received", amount))
        return unknown(status, QStringLiteral("that does not show %1 captured").arg(reference));
    return Done{};
}

Status GatewayReplyParser::voided(int status, const QByteArray &body, const QString &reference)
{
    if (auto refused = definiteRefusal(status, body))
        return *refused;
    if (status != 200)
        return unknown(status, QStringLiteral("to the void"));
    const auto object = objectOf(body);
    if (!object || text(*object, "id") != reference || text(*object, "status") != QLatin1String("canceled"))
        return unknown(status, QStringLiteral("that does not show %1 voided").arg(reference));
    return Done{};
}

Status GatewayReplyParser::refund(int status, const QByteArray &body, const QString &reference, const Money &amount)
{
    if (auto refused = definiteRefusal(status, body))
        return *refused;
    if (status != 200)
        return unknown(status, QStringLiteral("to the refund"));
    const auto object = objectOf(body);
    if (!object || text(*object, "id").isEmpty() || text(*object, "payment_intent") != reference
        || integer(*object, "amount") != amount.minorUnits() || text(*object, "status") != QLatin1String("succeeded"))
        return unknown(status, QStringLiteral("that does not show the refund of %1 paid").arg(amount.toString()));
    return Done{};
}

Result<std::optional<GatewayCharge>> GatewayReplyParser::lookup(int status, const QByteArray &body,
                                                               const QString &authorizationKey)
{
    if (status != 200)
        return unknown(status, QStringLiteral("to the lookup"));
    const auto object = objectOf(body);
    if (!object || !object->value(QStringLiteral("data")).isArray())
        return unknown(status, QStringLiteral("to the lookup without a list"));
    const QJsonArray found = object->value(QStringLiteral("data")).toArray();
    if (found.isEmpty())
        return std::optional<GatewayCharge>();
    if (found.size() > 1)
        return unknown(status, QStringLiteral("with %1 charges for one key").arg(found.size()));
    const QJsonObject intent = found.first().toObject();
    const auto state = chargeStatus(text(intent, "status"));
    const auto amount = integer(intent, "amount");
    const auto received = integer(intent, "amount_received");
    const auto refunded = integer(intent, "amount_refunded");
    const QString currency = text(intent, "currency").toUpper();
    if (text(intent, "id").isEmpty() || text(intent, "idempotency_key") != authorizationKey || !state || !amount
        || !received || !refunded || currency.size() != 3 || *received > *amount || *refunded > *received)
        return unknown(status, QStringLiteral("with a charge that is unfinished or not the one asked for"));
    GatewayCharge charge;
    charge.reference = text(intent, "id");
    charge.status = *state;
    charge.amount = Money(*amount, currency);
    charge.capturedMinor = *received;
    charge.refundedMinor = *refunded;
    return std::optional<GatewayCharge>(charge);
}

} // namespace kiosk
