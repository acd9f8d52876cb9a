#include "SimLedger.h"

#include "payment/CardDetails.h"
#include "payment/MockPaymentGateway.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace paygate {

using kiosk::CardValidator;
using kiosk::MockPaymentGateway;

namespace {
QJsonObject *findIntent(QList<QJsonObject> &intents, const QString &id)
{
    for (QJsonObject &intent : intents) {
        if (intent.value(QStringLiteral("id")).toString() == id)
            return &intent;
    }
    return nullptr;
}

QString status(const QJsonObject &intent)
{
    return intent.value(QStringLiteral("status")).toString();
}
} // namespace

SimAnswer SimLedger::error(int httpStatus, const QString &code, const QString &message)
{
    return {httpStatus, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}};
}

QString SimLedger::nextId(const QString &prefix)
{
    return prefix + QStringLiteral("%1").arg(m_nextId++, 6, 10, QLatin1Char('0'));
}

bool SimLedger::open(const QString &path, QString *errorText)
{
    m_path = path;
    if (path.isEmpty() || !QFile::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorText = QStringLiteral("cannot read the ledger %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *errorText = QStringLiteral("the ledger %1 is not valid JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    m_nextId = root.value(QStringLiteral("next_id")).toInt(1);
    m_processed = root.value(QStringLiteral("processed")).toInt();
    for (const QJsonValue &intent : root.value(QStringLiteral("intents")).toArray())
        m_intents << intent.toObject();
    for (const QJsonValue &refund : root.value(QStringLiteral("refunds")).toArray())
        m_refunds << refund.toObject();
    const QJsonObject keys = root.value(QStringLiteral("idempotency")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QJsonObject stored = it.value().toObject();
        m_idempotency.insert(it.key(), {stored.value(QStringLiteral("fingerprint")).toString(),
                                        {stored.value(QStringLiteral("status")).toInt(),
                                         stored.value(QStringLiteral("body")).toObject()}});
    }
    return true;
}

bool SimLedger::save(QString *errorText) const
{
    if (m_path.isEmpty())
        return true;
    QJsonObject keys;
    for (auto it = m_idempotency.begin(); it != m_idempotency.end(); ++it)
        keys.insert(it.key(), QJsonObject{{QStringLiteral("fingerprint"), it->fingerprint},
                                          {QStringLiteral("status"), it->answer.status},
                                          {QStringLiteral("body"), it->answer.body}});
    QJsonArray intents;
    for (const QJsonObject &intent : m_intents)
        intents.append(intent);
    QJsonArray refunds;
    for (const QJsonObject &refund : m_refunds)
        refunds.append(refund);
    const QJsonObject root{{QStringLiteral("next_id"), m_nextId}, {QStringLiteral("processed"), m_processed},
                           {QStringLiteral("intents"), intents}, {QStringLiteral("refunds"), refunds},
                           {QStringLiteral("idempotency"), keys}};
    QSaveFile file(m_path); // all or nothing, even if the simulator is killed mid-write
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        *errorText = QStringLiteral("cannot write the ledger %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

SimAnswer SimLedger::createIntent(const QJsonObject &request, const QString &idempotencyKey)
{
    const qint64 amount = request.value(QStringLiteral("amount")).toInteger(-1);
    const QString currency = request.value(QStringLiteral("currency")).toString();
    const QJsonObject card = request.value(QStringLiteral("payment_method_data")).toObject()
                                 .value(QStringLiteral("card")).toObject();
    const QString digits = CardValidator::digitsOnly(card.value(QStringLiteral("number")).toString());
    if (amount <= 0 || currency.size() != 3 || digits.isEmpty())
        return error(400, QStringLiteral("parameter_invalid"),
                     QStringLiteral("amount (> 0), currency and payment_method_data.card.number are required"));
    QJsonObject intent{{QStringLiteral("id"), nextId(QStringLiteral("pi_"))},
                       {QStringLiteral("object"), QStringLiteral("payment_intent")},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("description"), request.value(QStringLiteral("description")).toString()},
                       {QStringLiteral("idempotency_key"), idempotencyKey},
                       {QStringLiteral("created_ms"), QDateTime::currentMSecsSinceEpoch()},
                       {QStringLiteral("amount_received"), 0},
                       {QStringLiteral("amount_refunded"), 0},
                       {QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), CardValidator::brandOf(digits)},
                                                            {QStringLiteral("last4"), digits.right(4)}}}};
    QString declineCode;
    QString declineMessage;
    const int month = card.value(QStringLiteral("exp_month")).toInt();
    const int year = card.value(QStringLiteral("exp_year")).toInt();
    if (!CardValidator::passesLuhn(digits)) {
        declineCode = QStringLiteral("incorrect_number");
        declineMessage = QStringLiteral("The card number is incorrect.");
    } else if (month < 1 || month > 12 || QDate(year, month, 1).addMonths(1) <= QDate::currentDate()) {
        declineCode = QStringLiteral("expired_card");
        declineMessage = QStringLiteral("The card has expired.");
    } else if (auto known = MockPaymentGateway::testCardDecision(digits); known && !known->approved) {
        declineCode = known->declineCode;
        declineMessage = known->declineReason;
    }
    if (!declineCode.isEmpty()) {
        intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        intent.insert(QStringLiteral("last_payment_error"),
                      QJsonObject{{QStringLiteral("code"), declineCode}, {QStringLiteral("message"), declineMessage}});
        m_intents << intent;
        return {402, QJsonObject{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("card_error")},
                                              {QStringLiteral("code"), QStringLiteral("card_declined")},
                                              {QStringLiteral("decline_code"), declineCode},
                                              {QStringLiteral("message"), declineMessage},
                                              {QStringLiteral("payment_intent"), intent}}}}};
    }
    intent.insert(QStringLiteral("status"), QStringLiteral("requires_capture"));
    m_intents << intent;
    return {200, intent};
}

SimAnswer SimLedger::capture(const QString &intentId, const QJsonObject &request)
{
    QJsonObject *intent = findIntent(m_intents, intentId);
    if (!intent)
        return error(404, QStringLiteral("resource_missing"), QStringLiteral("no payment intent %1").arg(intentId));
    const qint64 amount = intent->value(QStringLiteral("amount")).toInteger();
    const qint64 toCapture = request.value(QStringLiteral("amount_to_capture")).toInteger(amount);
    if (status(*intent) == QLatin1String("succeeded"))
        return {200, *intent}; // captured already: capturing again changes nothing
    if (status(*intent) != QLatin1String("requires_capture"))
        return error(409, QStringLiteral("payment_intent_unexpected_state"),
                     QStringLiteral("payment intent %1 is %2 and cannot be captured").arg(intentId, status(*intent)));
    if (toCapture <= 0 || toCapture > amount)
        return error(400, QStringLiteral("amount_too_large"), QStringLiteral("amount_to_capture exceeds the authorization"));
    intent->insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    intent->insert(QStringLiteral("amount_received"), toCapture);
    return {200, *intent};
}

SimAnswer SimLedger::cancel(const QString &intentId)
{
    QJsonObject *intent = findIntent(m_intents, intentId);
    if (!intent)
        return error(404, QStringLiteral("resource_missing"), QStringLiteral("no payment intent %1").arg(intentId));
    if (status(*intent) == QLatin1String("succeeded"))
        return error(409, QStringLiteral("payment_intent_unexpected_state"),
                     QStringLiteral("payment intent %1 was captured; refund it instead").arg(intentId));
    intent->insert(QStringLiteral("status"), QStringLiteral("canceled"));
    return {200, *intent};
}

SimAnswer SimLedger::refund(const QJsonObject &request, const QString &idempotencyKey)
{
    const QString intentId = request.value(QStringLiteral("payment_intent")).toString();
    QJsonObject *intent = findIntent(m_intents, intentId);
    if (!intent)
        return error(404, QStringLiteral("resource_missing"), QStringLiteral("no payment intent %1").arg(intentId));
    const qint64 received = intent->value(QStringLiteral("amount_received")).toInteger();
    const qint64 refunded = intent->value(QStringLiteral("amount_refunded")).toInteger();
    const qint64 amount = request.value(QStringLiteral("amount")).toInteger(received - refunded);
    if (status(*intent) != QLatin1String("succeeded"))
        return error(409, QStringLiteral("charge_not_captured"),
                     QStringLiteral("payment intent %1 has no captured money").arg(intentId));
    if (amount <= 0 || refunded + amount > received)
        return error(400, QStringLiteral("amount_too_large"),
                     QStringLiteral("refund of %1 exceeds the %2 left").arg(amount).arg(received - refunded));
    intent->insert(QStringLiteral("amount_refunded"), refunded + amount);
    const QJsonObject refundObject{{QStringLiteral("id"), nextId(QStringLiteral("re_"))},
                                   {QStringLiteral("object"), QStringLiteral("refund")},
                                   {QStringLiteral("payment_intent"), intentId},
                                   {QStringLiteral("amount"), amount},
                                   {QStringLiteral("idempotency_key"), idempotencyKey},
                                   {QStringLiteral("status"), QStringLiteral("succeeded")}};
    m_refunds << refundObject;
    return {200, refundObject};
}

SimAnswer SimLedger::retrieve(const QString &intentId) const
{
    for (const QJsonObject &intent : m_intents) {
        if (intent.value(QStringLiteral("id")).toString() == intentId)
            return {200, intent};
    }
    return error(404, QStringLiteral("resource_missing"), QStringLiteral("no payment intent %1").arg(intentId));
}

SimAnswer SimLedger::findByIdempotencyKey(const QString &key, int lagMs) const
{
    QJsonArray found;
    const qint64 visibleBefore = QDateTime::currentMSecsSinceEpoch() - lagMs;
    for (const QJsonObject &intent : m_intents) {
        if (intent.value(QStringLiteral("idempotency_key")).toString() == key
            && intent.value(QStringLiteral("created_ms")).toInteger() <= visibleBefore)
            found.append(intent);
    }
    return {200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), found}}};
}

QJsonObject SimLedger::summary() const
{
    QJsonArray charges;
    for (const QJsonObject &intent : m_intents) {
        const QString state = status(intent);
        charges.append(QJsonObject{
            {QStringLiteral("id"), intent.value(QStringLiteral("id"))},
            {QStringLiteral("idempotency_key"), intent.value(QStringLiteral("idempotency_key"))},
            {QStringLiteral("description"), intent.value(QStringLiteral("description"))},
            {QStringLiteral("currency"), intent.value(QStringLiteral("currency"))},
            {QStringLiteral("status"), state},
            {QStringLiteral("authorized"), state == QLatin1String("requires_payment_method")
                                               ? 0 : intent.value(QStringLiteral("amount")).toInteger()},
            {QStringLiteral("captured"), intent.value(QStringLiteral("amount_received"))},
            {QStringLiteral("voided"), state == QLatin1String("canceled")},
            {QStringLiteral("refunded"), intent.value(QStringLiteral("amount_refunded"))},
            {QStringLiteral("card"), intent.value(QStringLiteral("card"))}});
    }
    QJsonArray refunds;
    for (const QJsonObject &refund : m_refunds)
        refunds.append(refund);
    return {{QStringLiteral("charges"), charges}, {QStringLiteral("refunds"), refunds},
            {QStringLiteral("processed_requests"), m_processed},
            {QStringLiteral("redirects_followed"), m_redirectsFollowed}};
}

const SimAnswer *SimLedger::replay(const QString &key, const QString &fingerprint, bool *conflict) const
{
    auto stored = m_idempotency.constFind(key);
    if (stored == m_idempotency.cend())
        return nullptr;
    *conflict = stored->fingerprint != fingerprint;
    return &stored->answer;
}

void SimLedger::remember(const QString &key, const QString &fingerprint, const SimAnswer &answer)
{
    m_idempotency.insert(key, {fingerprint, answer});
}

} // namespace paygate
