#include "TerminalReplyParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kiosk {

namespace {
Error unknown(int status, const QString &why)
{
    return makeError(ErrorCode::GatewayUnavailable,
                     TerminalReplyParser::tr("card terminal answered HTTP %1 %2; the outcome is unknown and is "
                                             "checked with the acquirer")
                         .arg(status)
                         .arg(why));
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

// A run of 12 or more digits (spaces and dashes between them too): a card number has no
// business in a terminal's answer.
bool looksLikeCardNumber(const QByteArray &body)
{
    static const QRegularExpression digits(QStringLiteral("\\d(?:[ -]?\\d){11,}"));
    return digits.match(QString::fromUtf8(body)).hasMatch();
}

bool knownBrand(const QString &brand)
{
    static const QStringList brands{QStringLiteral("visa"), QStringLiteral("mastercard"), QStringLiteral("amex"),
                                    QStringLiteral("discover"), QStringLiteral("maestro"), QStringLiteral("unknown")};
    return brands.contains(brand);
}

// The card the terminal read; nullopt if it is malformed. Missing: an empty summary.
std::optional<CardSummary> cardOf(const QJsonObject &object, bool required)
{
    const QJsonValue value = object.value(QStringLiteral("card"));
    if (value.isUndefined() && !required)
        return CardSummary{};
    const QJsonObject card = value.toObject();
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    const CardSummary summary{text(card, "brand"), text(card, "last4")};
    if (card.size() != 2 || !knownBrand(summary.brand) || !fourDigits.match(summary.last4).hasMatch())
        return std::nullopt;
    return summary;
}

bool samePayment(const QJsonObject &object, const TerminalRequest &request)
{
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    return text(object, "idempotency_key") == request.idempotencyKey && amount.isDouble()
        && amount.toDouble() == double(request.amount.minorUnits())
        && text(object, "currency").compare(request.amount.currency(), Qt::CaseInsensitive) == 0;
}

// Printable, short, non-empty: an id or token fit to store and log.
bool plainId(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:-]{1,100}$"));
    return plain.match(id).hasMatch();
}
} // namespace

Result<TerminalAnswer> TerminalReplyParser::payment(int status, const QByteArray &body, const TerminalRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const bool isObject = error.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = document.object();
    if ((status == 400 || status == 404) && isObject && object.value(QStringLiteral("error")).isObject()) {
        const QString message = text(object.value(QStringLiteral("error")).toObject(), "message").left(200);
        return makeError(status == 404 ? ErrorCode::NotFound : ErrorCode::BadInput,
                         QStringLiteral("card terminal: %1")
                             .arg(message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message));
    }
    if (status != 200)
        return unknown(status, QStringLiteral("to the payment"));
    if (!isObject)
        return unknown(status, QStringLiteral("with a body that is not a JSON object"));
    if (looksLikeCardNumber(body))
        return unknown(status, QStringLiteral("carrying what looks like a card number"));
    if (!samePayment(object, request))
        return unknown(status, QStringLiteral("about another payment (key, amount or currency differ)"));
    const QString outcome = text(object, "status");
    TerminalAnswer answer;
    if (outcome == QLatin1String("approved")) {
        const auto card = cardOf(object, true);
        answer.reference = text(object, "payment_intent");
        answer.token = text(object, "token");
        if (!card || !plainId(answer.reference) || !plainId(answer.token))
            return unknown(status, QStringLiteral("approving without a valid card, authorization id or token"));
        answer.outcome = TerminalAnswer::Outcome::Approved;
        answer.card = *card;
        return answer;
    }
    if (outcome == QLatin1String("declined")) {
        const auto card = cardOf(object, false);
        if (!card)
            return unknown(status, QStringLiteral("declining with a malformed card"));
        answer.outcome = TerminalAnswer::Outcome::Declined;
        answer.card = *card;
        answer.declineCode = text(object, "decline_code").left(64);
        answer.declineReason = text(object, "message").left(200);
        return answer;
    }
    if (outcome == QLatin1String("removed"))
        answer.outcome = TerminalAnswer::Outcome::RemovedTooEarly;
    else if (outcome == QLatin1String("timeout"))
        answer.outcome = TerminalAnswer::Outcome::TimedOut;
    else
        return unknown(status, QStringLiteral("with status '%1'").arg(outcome.left(40)));
    return answer;
}

} // namespace kiosk
