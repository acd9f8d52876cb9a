#include "SimFaults.h"

#include <QJsonDocument>
#include <QStringList>

namespace paygate {

namespace {
const QStringList &answerKinds()
{
    static const QStringList kinds{QStringLiteral("html"),          QStringLiteral("truncated"),
                                   QStringLiteral("processing"),    QStringLiteral("requires_action"),
                                   QStringLiteral("empty_id"),      QStringLiteral("missing_status"),
                                   QStringLiteral("wrong_amount"),  QStringLiteral("wrong_key"),
                                   QStringLiteral("redirect"),      QStringLiteral("huge"),
                                   QStringLiteral("card_number")};
    return kinds;
}

bool validAnswer(const QString &kind)
{
    if (kind.isEmpty() || answerKinds().contains(kind))
        return true;
    if (!kind.startsWith(QLatin1String("status:")))
        return false;
    bool ok = false;
    const int code = kind.mid(7).toInt(&ok);
    return ok && code >= 300 && code <= 599;
}

QString callOf(const QString &path)
{
    if (path == QLatin1String("/v1/payment_intents"))
        return QStringLiteral("authorize");
    if (path == QLatin1String("/v1/refunds"))
        return QStringLiteral("refund");
    if (path == QLatin1String("/v1/terminal/payments"))
        return QStringLiteral("terminal");
    if (path.endsWith(QLatin1String("/capture")))
        return QStringLiteral("capture");
    if (path.endsWith(QLatin1String("/cancel")))
        return QStringLiteral("cancel");
    return QString();
}
} // namespace

QJsonObject SimFaults::toJson() const
{
    return {{QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("fail_5xx"), fail5xx},
            {QStringLiteral("drop_after_processing"), dropAfterProcessing},
            {QStringLiteral("duplicate_delivery"), duplicateDelivery},
            {QStringLiteral("answer"), answer},
            {QStringLiteral("answer_on"), answerOn},
            {QStringLiteral("answer_count"), answerCount},
            {QStringLiteral("lookup_lag_ms"), lookupLagMs}};
}

bool SimFaults::update(const QJsonObject &json, QString *error)
{
    SimFaults next = *this;
    const QList<QPair<QString, int *>> numbers{{QStringLiteral("latency_ms"), &next.latencyMs},
                                               {QStringLiteral("fail_5xx"), &next.fail5xx},
                                               {QStringLiteral("drop_after_processing"), &next.dropAfterProcessing},
                                               {QStringLiteral("duplicate_delivery"), &next.duplicateDelivery},
                                               {QStringLiteral("answer_count"), &next.answerCount},
                                               {QStringLiteral("lookup_lag_ms"), &next.lookupLagMs}};
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String("answer") || name == QLatin1String("answer_on")) {
            const QString value = it.value().toString();
            const bool ok = it.value().isString()
                && (name == QLatin1String("answer") ? validAnswer(value)
                                                    : QStringList{QStringLiteral("any"), QStringLiteral("authorize"),
                                                                  QStringLiteral("capture"), QStringLiteral("cancel"),
                                                                  QStringLiteral("refund"), QStringLiteral("terminal")}
                                                          .contains(value));
            if (!ok) {
                *error = QStringLiteral("%1: '%2' is not one of the known values").arg(name, value);
                return false;
            }
            (name == QLatin1String("answer") ? next.answer : next.answerOn) = value;
            continue;
        }
        int *target = nullptr;
        for (const auto &[known, field] : numbers) {
            if (known == name)
                target = field;
        }
        const double value = it.value().toDouble(-1);
        if (!target || !it.value().isDouble() || value != double(qint64(value)) || value < 0 || value > 600000) {
            *error = target ? QStringLiteral("%1 must be a whole number from 0 to 600000").arg(name)
                            : QStringLiteral("unknown fault '%1'").arg(name);
            return false;
        }
        *target = int(value);
    }
    *this = next;
    return true;
}

bool SimFaults::takeHostile(const QString &path)
{
    if (answerCount <= 0 || answer.isEmpty() || (answerOn != QLatin1String("any") && answerOn != callOf(path)))
        return false;
    --answerCount;
    return true;
}

RawAnswer RawAnswer::hostile(const QString &kind, int trueStatus, const QJsonObject &trueBody)
{
    const QByteArray json = QJsonDocument(trueBody).toJson(QJsonDocument::Compact);
    const QByteArray type = QByteArrayLiteral("application/json");
    QJsonObject changed = trueBody;
    if (kind.startsWith(QLatin1String("status:")))
        return {kind.mid(7).toInt(),
                QByteArrayLiteral("{\"error\":{\"code\":\"injected\",\"message\":\"injected status\"}}"),
                {{"Content-Type", type}}};
    if (kind == QLatin1String("html"))
        return {200, QByteArrayLiteral("<html><body><h1>Service temporarily unavailable</h1></body></html>"),
                {{"Content-Type", QByteArrayLiteral("text/html")}}};
    if (kind == QLatin1String("truncated"))
        return {trueStatus, json.left(json.size() / 2), {{"Content-Type", type}}};
    if (kind == QLatin1String("redirect"))
        return {307, QByteArray(), {{"Location", QByteArrayLiteral("/_sim/redirected")}}};
    if (kind == QLatin1String("huge"))
        return {200, QByteArray(1024 * 1024, ' ') + json, {{"Content-Type", type}}};
    if (kind == QLatin1String("processing") || kind == QLatin1String("requires_action"))
        changed.insert(QStringLiteral("status"), kind);
    else if (kind == QLatin1String("empty_id"))
        changed.insert(QStringLiteral("id"), QString());
    else if (kind == QLatin1String("missing_status"))
        changed.remove(QStringLiteral("status"));
    else if (kind == QLatin1String("wrong_amount")) {
        for (const QString &field : {QStringLiteral("amount"), QStringLiteral("amount_received")}) {
            if (trueBody.contains(field))
                changed.insert(field, trueBody.value(field).toInteger() + 100);
        }
    }
    else if (kind == QLatin1String("card_number")) // a terminal that leaks the number it read
        changed.insert(QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), QStringLiteral("visa")},
                                                           {QStringLiteral("last4"), QStringLiteral("4242")},
                                                           {QStringLiteral("number"), QStringLiteral("4242424242424242")}});
    else if (kind == QLatin1String("wrong_key"))
        changed.insert(QStringLiteral("idempotency_key"), QStringLiteral("someone-else"));
    return {200, QJsonDocument(changed).toJson(QJsonDocument::Compact), {{"Content-Type", type}}};
}

} // namespace paygate
