#include "SimTerminal.h"

#include <QDate>
#include <QJsonArray>

namespace paygate {

namespace {
const QStringList Cards{QStringLiteral("approve"), QStringLiteral("decline"), QStringLiteral("insufficient_funds"),
                        QStringLiteral("removed"), QStringLiteral("timeout")};

QString testCardFor(const QString &card)
{
    if (card == QLatin1String("decline"))
        return QStringLiteral("4000000000000002");
    if (card == QLatin1String("insufficient_funds"))
        return QStringLiteral("4000000000009995");
    return QStringLiteral("4242424242424242");
}
} // namespace

bool SimTerminal::isCard(const QString &name)
{
    return Cards.contains(name);
}

bool SimTerminal::present(const QString &name)
{
    if (!isCard(name))
        return false;
    m_presented << name;
    return true;
}

QJsonObject SimTerminal::toJson() const
{
    return {{QStringLiteral("default_card"), m_defaultCard},
            {QStringLiteral("presented"), QJsonArray::fromStringList(m_presented)}};
}

SimAnswer SimTerminal::pay(SimLedger &ledger, const QJsonObject &request, const QString &idempotencyKey)
{
    const QString card = m_presented.isEmpty() ? m_defaultCard : m_presented.takeFirst();
    QJsonObject answer{{QStringLiteral("object"), QStringLiteral("terminal_payment")},
                       {QStringLiteral("idempotency_key"), idempotencyKey},
                       {QStringLiteral("amount"), request.value(QStringLiteral("amount"))},
                       {QStringLiteral("currency"), request.value(QStringLiteral("currency"))}};
    if (card == QLatin1String("removed") || card == QLatin1String("timeout")) {
        answer.insert(QStringLiteral("status"), card);
        return {200, answer};
    }
    // The terminal read a test card and asks the acquirer: an intent like the gateway API's.
    QJsonObject read{{QStringLiteral("number"), testCardFor(card)},
                     {QStringLiteral("exp_month"), 12},
                     {QStringLiteral("exp_year"), QDate::currentDate().year() + 3}};
    QJsonObject intentRequest = request;
    intentRequest.insert(QStringLiteral("payment_method_data"), QJsonObject{{QStringLiteral("card"), read}});
    const SimAnswer acquirer = ledger.createIntent(intentRequest, idempotencyKey);
    if (acquirer.status == 400)
        return acquirer;
    const QJsonObject intent = acquirer.status == 200
        ? acquirer.body
        : acquirer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("payment_intent")).toObject();
    answer.insert(QStringLiteral("card"), intent.value(QStringLiteral("card")));
    answer.insert(QStringLiteral("payment_intent"), intent.value(QStringLiteral("id")));
    if (acquirer.status == 200) {
        answer.insert(QStringLiteral("status"), QStringLiteral("approved"));
        answer.insert(QStringLiteral("token"), QStringLiteral("tok_") + intent.value(QStringLiteral("id")).toString());
    } else {
        const QJsonObject error = acquirer.body.value(QStringLiteral("error")).toObject();
        answer.insert(QStringLiteral("status"), QStringLiteral("declined"));
        answer.insert(QStringLiteral("decline_code"), error.value(QStringLiteral("decline_code")));
        answer.insert(QStringLiteral("message"), error.value(QStringLiteral("message")));
    }
    return {200, answer};
}

} // namespace paygate
